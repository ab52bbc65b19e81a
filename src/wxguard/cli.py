"""The ``wxguard`` command line: classify, scan, mask, labels (+ training and benchmark commands)."""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any

from .model import ModelLoadError
from .taxonomy import CATEGORIES, GUIDELINE_VERSION

SCAN_CHUNK = 256
_TRAIN_HINT = "this command needs the training extra: pip install 'wxguard[train]'"


class UsageError(ValueError):
    """A bad argument or setting: the command line reports it and exits 2."""


def resolve_threads(threads: int | None, rules_only: bool) -> int | None:
    """``--threads``, else ``WXGUARD_THREADS`` checked here so that a bad value names the variable."""
    if threads is not None or rules_only:  # rules-only builds no session and never reads the variable
        return threads
    raw = os.environ.get("WXGUARD_THREADS")
    if raw is None:
        return None
    try:
        return int(raw)
    except ValueError:
        raise UsageError(f"WXGUARD_THREADS must be an integer, got {raw!r}") from None


def _guard(args: argparse.Namespace) -> Any:
    from .guard import Guard

    return Guard(model_dir=args.model_dir, rules_only=args.rules_only,
                 threads=resolve_threads(args.threads, args.rules_only))


def _dump(record: dict[str, Any]) -> str:
    line = json.dumps(record, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates (from a JSON "\ud800" escape) only survive as escapes
        line = json.dumps(record)
    return line + "\n"


def _cmd_classify(args: argparse.Namespace) -> int:
    guard = _guard(args)
    for verdict in guard.classify_batch(args.text):
        sys.stdout.write(_dump(verdict.to_dict()))
    return 0


def _cmd_mask(args: argparse.Namespace) -> int:
    from .guard import mask_text

    for text in args.text:
        sys.stdout.write(mask_text(text) + "\n")
    return 0


def _parse_line(line: str) -> tuple[str | None, dict[str, Any], str | None]:
    """(text, passthrough fields, error) for one input line: a JSON object with ``text`` or plain text.

    A line that starts with ``{`` but does not parse as JSON is plain text (a chat message may start with
    ``{``), as in ``bench.load_mix``.
    """
    stripped = line.rstrip("\r\n")
    if stripped.lstrip().startswith("{"):
        try:
            obj = json.loads(stripped)
        except (ValueError, RecursionError):  # not JSON, over-long integers, absurdly deep nesting
            return stripped, {}, None
        keep = {k: obj[k] for k in ("id", "msgid", "msg_id") if k in obj}
        text = obj.get("text")
        if not isinstance(text, str):
            return None, keep, "JSON object has no string 'text' field"
        return text, keep, None
    return stripped, {}, None


def _scan_records(guard: Any, lines: Iterator[str]) -> Iterator[str]:
    chunk: list[tuple[int, str | None, dict[str, Any], str | None]] = []

    def flush() -> Iterator[str]:
        texts = [t for _, t, _, err in chunk if err is None and t is not None]
        try:
            verdicts = iter(guard.classify_batch(texts))
        except Exception:  # one message broke the batch: classify one by one so it alone gets an error record
            verdicts = iter([_classify_one(guard, t) for t in texts])
        for number, _text, keep, err in chunk:
            if err is not None:
                yield _dump({"line": number, **keep, "error": err})
                continue
            verdict = next(verdicts)
            if isinstance(verdict, str):
                yield _dump({"line": number, **keep, "error": verdict})
            else:
                yield _dump({"line": number, **keep, **verdict.to_dict()})
        chunk.clear()

    for number, line in enumerate(lines, 1):
        text, keep, err = _parse_line(line)
        chunk.append((number, text, keep, err))
        if len(chunk) >= SCAN_CHUNK:
            yield from flush()
    if chunk:
        yield from flush()


def _classify_one(guard: Any, text: str) -> Any:
    """A verdict, or an error string naming the exception type only (its message may quote the text)."""
    try:
        return guard.classify(text)
    except Exception as exc:
        return f"classification failed: {type(exc).__name__}"


def _stdin_text() -> IO[str]:
    """stdin as UTF-8 text that never raises on bad bytes (they become U+FFFD), lines split on \\n only."""
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:  # already a text stream without bytes underneath (embedding, tests)
        return sys.stdin
    return io.TextIOWrapper(buffer, encoding="utf-8-sig", errors="replace", newline="\n")


def _same_file(source: str, output: str) -> bool:
    """Whether writing ``output`` would overwrite ``source`` (a path, or - for stdin)."""
    try:
        out_stat = os.stat(output)
        in_stat = os.fstat(sys.stdin.fileno()) if source == "-" else os.stat(source)
    except (OSError, AttributeError, ValueError):  # a new output, a missing input, or stdin without a file
        return False
    return os.path.samestat(in_stat, out_stat)


def _cmd_scan(args: argparse.Namespace) -> int:
    if args.output and _same_file(args.file, args.output):
        # Opening the output truncates it, and the input with it, before a line is read.
        raise UsageError(f"scan: the output {args.output} is the input file; write to another file")
    guard = _guard(args)
    # No with-block: either end may be stdin/stdout, which must stay open; the finally below closes files.
    source: IO[str] = (_stdin_text() if args.file == "-"
                       else open(args.file, encoding="utf-8-sig", errors="replace", newline="\n"))  # noqa: SIM115
    sink: IO[str] = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    progress = None
    if sys.stderr.isatty() and not args.quiet:
        from tqdm import tqdm

        progress = tqdm(unit="msg", desc="scan", file=sys.stderr)
    try:
        for record in _scan_records(guard, iter(source)):
            # One write and flush per complete line: a run stopped at any point (Ctrl-C, kill) leaves
            # whole lines only.
            sink.write(record)
            sink.flush()
            if progress is not None:
                progress.update(1)
        sink.flush()
    except KeyboardInterrupt:
        sink.flush()
        print("wxguard scan: interrupted; the output holds complete lines only", file=sys.stderr)
        return 130
    finally:
        if progress is not None:
            progress.close()
        if args.file != "-":
            source.close()
        elif source is not sys.stdin:
            source.detach()  # our UTF-8 view of stdin: leave the process's stdin itself open
        if sink is not sys.stdout:
            sink.close()
    return 0


def _cmd_labels(args: argparse.Namespace) -> int:
    if args.json:
        payload = {label: {"zh": c.zh, "summary": c.summary, "severity": c.severity.name.lower(),
                           "subs": dict(c.subs), "clauses": [cl.to_dict() for cl in c.clauses]}
                   for label, c in CATEGORIES.items()}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return 0
    print(f"wxguard taxonomy (guideline v{GUIDELINE_VERSION})")
    for label, c in CATEGORIES.items():
        print(f"\n{label}  {c.zh}  [severity: {c.severity.name.lower()}]\n  {c.summary}")
        for sub, desc in c.subs.items():
            print(f"  - {label}/{sub}: {desc}")
        for clause in c.clauses:
            print(f"  § {clause.topic}: {clause.rule} ({clause.source})")
    return 0


def _run_training_command(module: str, argv: Sequence[str]) -> int:
    import importlib

    try:
        mod = importlib.import_module(f"wxguard.training.{module}")
    except ImportError as exc:
        print(f"wxguard: {_TRAIN_HINT} ({exc})", file=sys.stderr)
        return 2

    def run() -> int:
        try:
            return int(mod.main(list(argv)) or 0)
        except KeyError as exc:  # a missing field or column, e.g. a COLD file without 'label'
            key = exc.args[0] if exc.args else None
            named = (isinstance(key, str) and key.isascii() and len(key) <= 40
                     and key.replace("/", "_").isidentifier())
            raise ValueError(f"missing field {key!r}" if named else "missing field") from None
        except RuntimeError as exc:  # torch / onnx failures (a state dict that does not fit, ...)
            raise ValueError(_error_text(exc)) from None

    return _run_reporting_errors(run)


_TRAINING_COMMANDS = {"import-base": "import_base", "shrink-vocab": "vocab", "train": "train",
                      "fit-ngram": "ngram", "export": "export"}


# Commands with their own argument parsers, runnable from a plain install.
_RUNTIME_COMMANDS = {"eval": "wxguard.evaluate", "bench": "wxguard.bench"}


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="wxguard", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    def guard_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--model-dir", help="exported model directory (default: the shipped model)")
        p.add_argument("--rules-only", action="store_true", help="lexicons and patterns only, no model")
        p.add_argument("--threads", type=int, default=None,
                       help="onnxruntime threads (default WXGUARD_THREADS or 1)")

    p = sub.add_parser("classify", help="classify messages given as arguments; JSON lines to stdout")
    p.add_argument("text", nargs="+")
    guard_options(p)
    p.set_defaults(func=_cmd_classify)

    p = sub.add_parser("scan", help="classify a file of messages (JSONL with 'text' or plain lines)")
    p.add_argument("file", help="input file, or - for stdin")
    p.add_argument("-o", "--output", help="write JSONL verdicts here (default stdout)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    guard_options(p)
    p.set_defaults(func=_cmd_scan)

    p = sub.add_parser("mask", help="print messages with personal data and secrets masked")
    p.add_argument("text", nargs="+")
    p.set_defaults(func=_cmd_mask)

    p = sub.add_parser("labels", help="print the taxonomy with regulation clauses")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cmd_labels)

    for name in _TRAINING_COMMANDS:
        sub.add_parser(name, help=f"(training extra) see 'wxguard {name} --help'", add_help=False)
    for name in _RUNTIME_COMMANDS:
        sub.add_parser(name, help=f"see 'wxguard {name} --help'", add_help=False)
    return parser


def _error_text(exc: BaseException) -> str:
    """The one-line report of an error. A codec error quotes the bytes or characters it met (possibly a
    piece of a message), so it is reported by its reason only."""
    if isinstance(exc, UnicodeError):
        return f"{type(exc).__name__}: {getattr(exc, 'reason', 'invalid text')}"
    return str(exc) or type(exc).__name__


def _run_reporting_errors(run: Callable[[], Any]) -> int:
    """Run a command; an expected failure is one ``wxguard: <message>`` line on stderr, not a traceback."""
    try:
        return int(run() or 0)
    except BrokenPipeError:  # e.g. piped into head
        return 0
    except SystemExit as exc:
        if not isinstance(exc.code, str):  # argparse (usage: exit 2, --help: exit 0), explicit codes
            raise
        print(f"wxguard: {exc.code}", file=sys.stderr)
        return 1
    except (OSError, ModelLoadError, ValueError) as exc:
        print(f"wxguard: {_error_text(exc)}", file=sys.stderr)
        return 2 if isinstance(exc, UsageError) else 1


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in _TRAINING_COMMANDS:
        return _run_training_command(_TRAINING_COMMANDS[argv[0]], argv[1:])
    if argv and argv[0] in _RUNTIME_COMMANDS:
        import importlib

        module = importlib.import_module(_RUNTIME_COMMANDS[argv[0]])
        return _run_reporting_errors(lambda: module.main(argv[1:]))
    args = _build_parser().parse_args(argv)
    return _run_reporting_errors(lambda: args.func(args))


if __name__ == "__main__":
    sys.exit(main())
