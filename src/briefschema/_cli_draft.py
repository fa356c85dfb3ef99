"""``briefschema draft``: an article to a grounded brief, through a model."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from briefschema import _files, codec
from briefschema._cli_io import EXIT_INVALID, EXIT_USAGE, _emit, _read_source
from briefschema._limits import Limits

if TYPE_CHECKING:
    from briefschema import drafting


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``draft`` command's arguments."""
    cmd = commands.add_parser(
        "draft",
        help="have a language model draft a brief of an article, and ground it",
        description="Send ARTICLE with the shipped prompt and the LLM profile (strict "
        "structured output) to a server that speaks the OpenAI Chat Completions or "
        "Responses API, ground the answer, send every problem back (with its JSON path "
        "and the nearest passage) and ask again, up to --retries times. Writes the "
        "grounded brief; exit status 1 when the model gives none (its last problems are "
        "listed), 2 when the server or a file fails. Every call and round is logged on "
        "stderr. The key is read from the environment (OPENAI_API_KEY, or --key-env).",
    )
    cmd.add_argument("article", type=Path, metavar="ARTICLE", help="the article (UTF-8 text)")
    cmd.add_argument(
        "--model", required=True, metavar="NAME", help="the model, as the server names it"
    )
    cmd.add_argument(
        "--base-url",
        metavar="URL",
        help="the server's API root, e.g. http://localhost:8000/v1 (default: OpenAI's)",
    )
    cmd.add_argument(
        "--api",
        choices=["chat", "responses"],
        default="chat",
        help="Chat Completions (every local server) or the Responses API (default: chat)",
    )
    cmd.add_argument(
        "--retries", type=int, default=2, metavar="N",
        help="ask again at most N times after an answer with problems (default 2)",
    )  # fmt: skip
    cmd.add_argument(
        "--key-env", default="OPENAI_API_KEY", metavar="VAR",
        help="the environment variable that holds the API key (default OPENAI_API_KEY)",
    )  # fmt: skip
    cmd.add_argument(
        "--timeout", type=float, default=600.0, metavar="SECONDS",
        help="how long to wait for one answer (default 600)",
    )  # fmt: skip
    cmd.add_argument(
        "--http-retries", type=int, default=2, metavar="N",
        help="repeat a call that timed out or got 429 or 5xx at most N times (default 2)",
    )  # fmt: skip
    cmd.add_argument("--max-tokens", type=int, metavar="N", help="the longest answer, in tokens")
    cmd.add_argument(
        "--context-tokens", type=int, metavar="N",
        help="the model's context in tokens: an article that does not fit (by an estimate) "
        "is refused before any call",
    )  # fmt: skip
    cmd.add_argument("--strict", action="store_true", help="treat warnings as errors")
    cmd.add_argument(
        "--whole-words",
        action="store_true",
        help="find a quote only where it begins and ends at the edge of a word",
    )
    cmd.add_argument("-o", "--output", type=Path, metavar="BRIEF", help="write here, not to stdout")


def run(args: argparse.Namespace) -> int:
    """Run ``draft``; the exit status."""
    from briefschema import drafting  # noqa: PLC0415 - only this command needs it

    shown = _files.show_path(args.article)
    raw = _read_source(args.article, Limits())
    if raw is None:
        return EXIT_USAGE
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("briefschema: %(message)s"))
    logger = logging.getLogger("briefschema.drafting")
    logger.addHandler(handler)
    level, propagate = logger.level, logger.propagate
    logger.setLevel(logging.INFO)
    logger.propagate = False
    try:
        drafted = drafting.draft(
            raw,
            model=args.model,
            base_url=args.base_url,
            api=args.api,
            retries=args.retries,
            key_env=args.key_env,
            timeout=args.timeout,
            http_retries=args.http_retries,
            max_tokens=args.max_tokens,
            context_tokens=args.context_tokens,
            strict=args.strict,
            whole_words=args.whole_words,
        )
    except drafting.DraftError as exc:
        tokens = _tokens(exc)
        if exc.kind in {"server", "setup"}:
            sys.stderr.write(f"briefschema: {_files.safe(exc.message)}{tokens}\n")
            return EXIT_USAGE
        said = exc.message if exc.kind == "problems" else f"no grounded brief: {exc.message}"
        sys.stdout.write(f"{shown}: {_files.safe(said)}{tokens}\n")
        sys.stdout.writelines(f"  {_files.safe(str(problem))}\n" for problem in exc.problems)
        return EXIT_INVALID
    except ValueError as exc:  # the article is not UTF-8
        sys.stderr.write(f"briefschema: {shown}: {exc}\n")
        return EXIT_USAGE
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
        logger.propagate = propagate
    rounds = len(drafted.rounds)
    sys.stderr.write(
        f"briefschema: grounded in {rounds} round{'s' if rounds > 1 else ''}{_tokens(drafted)}\n"
    )
    return _emit(codec.dumps(drafted.brief), args.output)


def _tokens(spent: drafting.Drafted | drafting.DraftError) -> str:
    """What the rounds cost in tokens, as the server counted them."""
    rounds = spent.rounds
    if not rounds:
        return ""
    unreported = sum(r.input_tokens is None and r.output_tokens is None for r in rounds)
    if unreported == len(rounds):
        return " (the server reported no tokens)"
    return f" ({spent.input_tokens:,} tokens in, {spent.output_tokens:,} out" + (
        f"; {unreported} round{'s' if unreported > 1 else ''} not reported)" if unreported else ")"
    )
