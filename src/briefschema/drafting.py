"""From an article to a grounded brief: a language model drafts, grounding checks, problems go back.

:func:`draft` sends an article, with the shipped prompt and the LLM profile as strict
structured output, to a server that speaks the OpenAI Chat Completions or Responses
API (OpenAI, or a local vLLM, SGLang, llama.cpp or Ollama server), through the official
``openai`` client (the ``model`` extra). It grounds the answer (:func:`briefschema.ground`);
while problems remain it sends them back, each with its JSON path and, for a quote, the
nearest passage of the article, and asks again, up to ``retries`` more times. What it
returns is a grounded brief, valid in full: no quote that is not in the article reaches it.

The prompt is three files in the package (``briefschema/prompts``), versioned with the
profile: ``system.md`` (the task and how to quote), ``feedback.md`` (the problems of a
round, sent back) and ``cut-off.md`` (sent when an answer stopped at the token limit).

Every HTTP call and every round is logged (the ``briefschema.drafting`` logger, at
INFO): the call's status (and ``retry-after``), each round's problems and tokens. The
API key is read from the environment and is never logged nor put in a message.

An article is sent whole. One that does not fit in the model's context is refused with
a clear message, before any call when ``context_tokens`` is given (by an estimate) and
whenever the server says so: briefschema does not split an article, since a quote is
placed by the whole text and an actor named in two parts would have to be merged by
guesswork.
"""

from __future__ import annotations

import functools
import json
import logging
import math
import os
import urllib.parse
from collections.abc import Sequence
from importlib import resources
from string import Template
from typing import TYPE_CHECKING, Any, Literal

import attrs

from briefschema import _files, evidence, model
from briefschema._limits import DEFAULT_LIMITS, Limits
from briefschema._problems import Problem, ValidationError
from briefschema.grounding import ground, llm_schema

if TYPE_CHECKING:
    import openai

__all__ = ["DraftError", "Drafted", "Round", "draft", "prompt"]

log = logging.getLogger("briefschema.drafting")

API = Literal["chat", "responses"]
"""Which API of the server is called: Chat Completions, or Responses."""

KEY_ENV = "OPENAI_API_KEY"
"""The environment variable the API key is read from, unless another is named."""

NO_KEY = "EMPTY"
"""The key sent to a server given by ``base_url`` when none is set (local servers take any)."""

BYTES_PER_TOKEN = 3
"""The estimate of a text's tokens before a call: its UTF-8 bytes over this (English
averages about four bytes a token, many other scripts two)."""

FED_BACK = 100
"""How many problems of a round are sent back (the rest are counted)."""

SHOWN_REPLY = 300
"""How much of a server's error message is quoted, in code points."""


@attrs.frozen
class Round:
    """One question to the model and what became of its answer.

    Attributes:
        number: 1 for the first question, 2 for the first retry, ...
        outcome: ``grounded``, ``problems`` (its answer could not be grounded),
            ``cut-off`` (it stopped at the token limit) or ``refused``.
        problems: what kept its answer from a brief, each with its JSON path.
        input_tokens: the tokens the server counted in the question, or None when it
            did not say.
        output_tokens: the tokens of the answer, or None when the server did not say.

    """

    number: int
    outcome: str
    problems: tuple[Problem, ...] = ()
    input_tokens: int | None = None
    output_tokens: int | None = None


class _Spent:
    """What a run's rounds cost, as the server counted them (0 for a round it did not)."""

    rounds: tuple[Round, ...]

    @property
    def input_tokens(self) -> int:
        """The tokens of every question."""
        return sum(one.input_tokens or 0 for one in self.rounds)

    @property
    def output_tokens(self) -> int:
        """The tokens of every answer."""
        return sum(one.output_tokens or 0 for one in self.rounds)


@attrs.frozen
class Drafted(_Spent):
    """A grounded brief and the rounds it took.

    Attributes:
        brief: the brief, valid in full, its quotes in the article.
        rounds: every round, the last one ``grounded``.

    """

    brief: model.Brief
    rounds: tuple[Round, ...]


class DraftError(_Spent, Exception):
    """No grounded brief: why, and the rounds there were.

    Attributes:
        kind: ``problems`` (every answer had problems; the last ones are in
            ``problems``), ``refused`` (the model refused), ``too-long`` (the article
            does not fit in the model's context), ``server`` (the server could not be
            reached, failed or timed out, after the client's own retries) or ``setup``
            (no key, no ``openai`` package, an argument out of range).
        message: what happened, in a sentence.
        rounds: the rounds there were, each with its problems and tokens.
        problems: the problems of the last answer (for ``problems``).

    """

    def __init__(
        self,
        kind: str,
        message: str,
        rounds: Sequence[Round] = (),
        problems: Sequence[Problem] = (),
    ) -> None:
        """Say why there is no brief (see the class's attributes)."""
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.rounds = tuple(rounds)
        self.problems = tuple(problems)


@functools.cache
def _template(name: str) -> Template:
    path = resources.files("briefschema").joinpath("prompts", name)
    return Template(path.read_text("utf-8"))


def prompt(name: Literal["system", "feedback", "cut-off"] = "system") -> str:
    """A file of the shipped prompt, as it is sent (``feedback`` with its placeholders).

    ``system`` tells the model its task and how to quote; ``feedback`` carries a
    round's problems back (``$count`` and ``$problems``); ``cut-off`` asks again after
    an answer stopped at the token limit.
    """
    template = _template(f"{name}.md")
    return template.safe_substitute(schema_version=model.SCHEMA_VERSION)


def feedback(problems: Sequence[Problem]) -> str:
    """The message that sends a round's problems back to the model.

    One line each, its JSON path, what is wrong and the rule's code, the first
    :data:`FED_BACK` of them; the rest are counted.
    """
    lines = [f"- {_line(problem)}" for problem in problems[:FED_BACK]]
    if len(problems) > FED_BACK:
        lines.append(f"- and {len(problems) - FED_BACK:,} more: fix these first")
    count = f"{len(problems):,} problem" + ("" if len(problems) == 1 else "s")
    return _template("feedback.md").substitute(count=count, problems="\n".join(lines))


def _line(problem: Problem) -> str:
    return f"{problem.path}: {problem.message} [{problem.code}]"


@attrs.frozen
class _Answer:
    content: str | None
    refusal: str | None
    cut_off: bool
    input_tokens: int | None
    output_tokens: int | None


def draft(
    article: str | bytes,
    *,
    model: str,
    base_url: str | None = None,
    api: API = "chat",
    retries: int = 2,
    api_key: str | None = None,
    key_env: str = KEY_ENV,
    timeout: float = 600.0,
    http_retries: int = 2,
    max_tokens: int | None = None,
    context_tokens: int | None = None,
    strict: bool = False,
    limits: Limits = DEFAULT_LIMITS,
    whole_words: bool = False,
) -> Drafted:
    """Have a model draft a brief of ``article`` and ground it, feeding problems back.

    Args:
        article: the article, as its exact bytes (UTF-8) or as text; the brief's
            quotes point into it.
        model: the model's name, as the server knows it.
        base_url: the server's API root (``http://localhost:8000/v1``); None for
            OpenAI's (or the ``OPENAI_BASE_URL`` variable's).
        api: ``chat`` (Chat Completions, which every local server speaks) or
            ``responses`` (the Responses API).
        retries: how many more times to ask after an answer with problems.
        api_key: the key; None to read it from the ``key_env`` variable. A server
            given by ``base_url`` may need none.
        key_env: the environment variable that holds the key.
        timeout: seconds to wait for one answer.
        http_retries: how many times the client repeats a call that timed out or got
            429 (after its ``retry-after``) or a 5xx, before giving up.
        max_tokens: the longest answer, in tokens (None: the server's limit).
        context_tokens: the model's context, in tokens, if known: an article whose
            estimate (:data:`BYTES_PER_TOKEN`) with the prompt, the profile and
            ``max_tokens`` exceeds it is refused before any call.
        strict: treat warnings as errors when grounding.
        limits: how large, deep and long an answer may be.
        whole_words: find a quote only where it begins and ends at the edge of a word
            (see :func:`briefschema.ground`).

    Returns:
        The grounded brief, and the rounds it took.

    Raises:
        DraftError: no grounded brief (see :attr:`DraftError.kind`), with every round.
        ValueError: ``article`` is not UTF-8 or holds a lone surrogate.

    """
    text = evidence.text_of(article)
    _check_arguments(retries, http_retries, timeout, max_tokens, context_tokens, base_url)
    if api not in {"chat", "responses"}:
        raise DraftError("setup", f"api must be 'chat' or 'responses', not {api!r}")
    system = prompt("system")
    _check_size(text, system, max_tokens, context_tokens)
    base = [{"role": "system", "content": system}, {"role": "user", "content": text}]
    key = _key(api_key, key_env, base_url)
    client = _client(base_url, key, timeout, http_retries)
    ask = functools.partial(_ask_chat if api == "chat" else _ask_responses, client, model)
    with client:  # its connections closed whatever happens
        rounds: list[Round] = []
        messages = base
        problems: tuple[Problem, ...] = ()
        for number in range(1, retries + 2):
            answer = _call(
                ask,
                messages,
                max_tokens,
                key=key,
                rounds=rounds,
                timeout=timeout,
                http_retries=http_retries,
            )
            made = functools.partial(
                Round, input_tokens=answer.input_tokens, output_tokens=answer.output_tokens
            )
            if answer.refusal is not None:
                rounds.append(made(number, "refused"))
                _log_round(rounds[-1])
                raise DraftError(
                    "refused", f"the model refused: {_quoted(answer.refusal, key)}", rounds
                )
            if answer.cut_off:
                problems = (
                    Problem(
                        "$",
                        "cut-off",
                        "the answer stopped at the token limit"
                        + (
                            ""
                            if answer.output_tokens is None
                            else f" ({answer.output_tokens:,} tokens)"
                        )
                        + " before the brief was complete",
                    ),
                )
                rounds.append(made(number, "cut-off", problems))
                messages = [*base, {"role": "user", "content": prompt("cut-off")}]
            else:
                try:
                    brief = ground(
                        answer.content or "",
                        article,
                        strict=strict,
                        limits=limits,
                        whole_words=whole_words,
                    )
                except ValidationError as exc:
                    problems = exc.problems
                    rounds.append(made(number, "problems", problems))
                    messages = [
                        *base,
                        {"role": "assistant", "content": answer.content or ""},
                        {"role": "user", "content": feedback(problems)},
                    ]
                else:
                    rounds.append(made(number, "grounded"))
                    _log_round(rounds[-1])
                    return Drafted(brief, tuple(rounds))
            _log_round(rounds[-1])
        raise DraftError(
            "problems",
            f"no grounded brief in {len(rounds)} round{'s' if len(rounds) > 1 else ''}: "
            f"{len(problems):,} problem{'s remain' if len(problems) > 1 else ' remains'}",
            rounds,
            problems,
        )


def _check_arguments(  # noqa: PLR0917 - the knobs of draft(), checked together
    retries: int,
    http_retries: int,
    timeout: float,
    max_tokens: int | None,
    context_tokens: int | None,
    base_url: str | None,
) -> None:
    wrong = []
    if retries < 0 or http_retries < 0:
        wrong.append("retries and http_retries must be 0 or more")
    if not (math.isfinite(timeout) and timeout > 0):
        wrong.append(f"timeout must be a number of seconds above 0, not {timeout!r}")
    for name, value in (("max_tokens", max_tokens), ("context_tokens", context_tokens)):
        if value is not None and value < 1:
            wrong.append(f"{name} must be 1 or more, not {value!r}")
    if base_url is not None:
        parts = urllib.parse.urlsplit(base_url)
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            wrong.append(
                f"the base URL must be http:// or https:// and name a host, not {base_url!r}"
            )
    if wrong:
        raise DraftError("setup", "; ".join(wrong))


def _log_round(one: Round) -> None:
    tokens = (
        "tokens not reported"
        if one.input_tokens is None and one.output_tokens is None
        else f"{_count(one.input_tokens)} tokens in, {_count(one.output_tokens)} out"
    )
    what = one.outcome
    if one.outcome == "problems":
        what = f"{len(one.problems):,} problem{'s' if len(one.problems) != 1 else ''}"
    log.info("round %d: %s (%s)", one.number, what, tokens)
    for problem in one.problems[:FED_BACK]:
        log.info("  %s", _files.safe(_line(problem)))


def _count(tokens: int | None) -> str:
    return "?" if tokens is None else f"{tokens:,}"


def _check_size(text: str, system: str, max_tokens: int | None, context_tokens: int | None) -> None:
    if context_tokens is None:
        return
    sent = len(text.encode("utf-8")) + len(system.encode("utf-8")) + _schema_bytes()
    estimate = math.ceil(sent / BYTES_PER_TOKEN) + (max_tokens or 0)
    if estimate > context_tokens:
        raise DraftError(
            "too-long",
            f"the article does not fit in the model's context: about {estimate:,} tokens "
            f"(the article, the prompt and the profile"
            + (f", and {max_tokens:,} for the answer" if max_tokens else "")
            + f") against {context_tokens:,}; briefschema does not split an article: give "
            "a model with a longer context, or draft a brief of each part as an article of "
            "its own",
        )


@functools.cache
def _schema_bytes() -> int:
    return len(json.dumps(llm_schema(), separators=(",", ":")).encode("utf-8"))


def _key(api_key: str | None, key_env: str, base_url: str | None) -> str:
    key = api_key if api_key is not None else os.environ.get(key_env)
    if key:
        return key
    if base_url is not None or os.environ.get("OPENAI_BASE_URL"):
        return NO_KEY
    raise DraftError(
        "setup",
        f"no API key: set {key_env} in the environment (or name another variable), or give "
        "the base URL of a server that needs none",
    )


def _client(base_url: str | None, key: str, timeout: float, http_retries: int) -> openai.OpenAI:
    try:
        import openai  # noqa: PLC0415 - the model extra, only for drafting
    except ImportError:
        raise DraftError(
            "setup", "drafting needs the openai package: pip install 'briefschema[model]'"
        ) from None
    calls = {"n": 0}

    def sent(request: Any) -> None:
        calls["n"] += 1
        log.info("call %d: %s %s", calls["n"], request.method, _files.safe(str(request.url)))

    def answered(response: Any) -> None:
        wait = response.headers.get("retry-after-ms") or response.headers.get("retry-after")
        unit = " ms" if response.headers.get("retry-after-ms") else " s"
        log.info(
            "call %d: %d %s%s",
            calls["n"],
            response.status_code,
            _files.safe(response.reason_phrase or ""),
            f" (retry-after {_files.safe(wait)}{unit})" if wait else "",
        )

    http = openai.DefaultHttpxClient(event_hooks={"request": [sent], "response": [answered]})
    try:
        return openai.OpenAI(
            api_key=key,
            base_url=base_url,
            timeout=timeout,
            max_retries=http_retries,
            http_client=http,
        )
    except Exception as exc:  # noqa: BLE001 - what the client makes of the URL: said, not a traceback
        http.close()
        raise DraftError(
            "setup", f"the client cannot use the base URL {base_url!r}: {_said(exc, key)}"
        ) from None


def _schema_format() -> dict[str, Any]:
    return {"name": "brief", "strict": True, "schema": llm_schema()}


def _ask_chat(
    client: openai.OpenAI, name: str, messages: list[dict[str, str]], max_tokens: int | None
) -> _Answer:
    extra: dict[str, Any] = {} if max_tokens is None else {"max_completion_tokens": max_tokens}
    completion = client.chat.completions.create(  # type: ignore[call-overload]
        model=name,
        messages=messages,
        response_format={"type": "json_schema", "json_schema": _schema_format()},
        **extra,
    )
    if not completion.choices:
        raise _NotAnAnswer("it has no choices")
    choice = completion.choices[0]
    usage = completion.usage
    return _Answer(
        content=_text_or_none(choice.message.content),
        refusal=_text_or_none(choice.message.refusal),
        cut_off=choice.finish_reason == "length",
        input_tokens=_tokens(usage, "prompt_tokens"),
        output_tokens=_tokens(usage, "completion_tokens"),
    )


def _ask_responses(
    client: openai.OpenAI, name: str, messages: list[dict[str, str]], max_tokens: int | None
) -> _Answer:
    extra: dict[str, Any] = {} if max_tokens is None else {"max_output_tokens": max_tokens}
    response = client.responses.create(  # type: ignore[call-overload]
        model=name,
        input=messages,
        text={"format": {"type": "json_schema", **_schema_format()}},
        **extra,
    )
    texts: list[str] = []
    refusals: list[str] = []
    for item in response.output or ():
        if getattr(item, "type", None) != "message":
            continue
        for part in item.content or ():
            kind = getattr(part, "type", None)
            if kind == "output_text":
                texts.append(_text_or_none(part.text) or "")
            elif kind == "refusal":
                refusals.append(_text_or_none(part.refusal) or "")
    details = response.incomplete_details
    usage = response.usage
    return _Answer(
        content="".join(texts) if texts else None,
        refusal="".join(refusals) if refusals else None,
        cut_off=response.status == "incomplete"
        and getattr(details, "reason", None) == "max_output_tokens",
        input_tokens=_tokens(usage, "input_tokens"),
        output_tokens=_tokens(usage, "output_tokens"),
    )


class _NotAnAnswer(Exception):
    """The server's reply is not what the API answers."""


def _text_or_none(value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise _NotAnAnswer(f"a text is {type(value).__name__}")


def _tokens(usage: object, name: str) -> int | None:
    value = getattr(usage, name, None) if usage is not None else None
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


CONTEXT_WORDS = ("context_length_exceeded", "context length", "context window", "too many tokens")
"""What servers say when a request does not fit in the model's context (OpenAI's code,
vLLM's and llama.cpp's messages)."""


def _call(
    ask: Any,
    messages: list[dict[str, str]],
    max_tokens: int | None,
    *,
    key: str,
    rounds: list[Round],
    timeout: float,
    http_retries: int,
) -> _Answer:
    """One question; every failure of the server as a :class:`DraftError` that says what it was."""
    import openai  # noqa: PLC0415 - present: the client was made

    attempts = f"{http_retries + 1} attempt{'s' if http_retries else ''}"
    try:
        answer: _Answer = ask(messages, max_tokens)
    except openai.APITimeoutError:
        raise DraftError("server", f"no answer within {timeout:g} s ({attempts})", rounds) from None
    except openai.APIConnectionError as exc:
        cause = exc.__cause__ or exc
        raise DraftError(
            "server", f"cannot reach the server ({attempts}): {_said(cause, key)}", rounds
        ) from None
    except openai.APIStatusError as exc:
        said = _said(exc.message, key)
        words = f"{getattr(exc, 'code', None)} {exc.message}".lower()  # all of it, not the cut
        if exc.status_code == 400 and any(w in words for w in CONTEXT_WORDS):
            raise DraftError(
                "too-long",
                "the article does not fit in the model's context (the server says: "
                f"{said}); briefschema does not split an article: give a model with a "
                "longer context, or draft a brief of each part as an article of its own",
                rounds,
            ) from None
        if exc.status_code in (401, 403):
            raise DraftError(
                "setup", f"the server refused the key ({exc.status_code}): {said}", rounds
            ) from None
        retried = f" ({attempts})" if exc.status_code == 429 or exc.status_code >= 500 else ""
        raise DraftError(
            "server", f"the server answered {exc.status_code}{retried}: {said}", rounds
        ) from None
    except (
        openai.OpenAIError,
        _NotAnAnswer,
        AttributeError,
        TypeError,
        ValueError,
        IndexError,
    ) as exc:
        raise DraftError(
            "server", f"the server's reply is not an answer of the API: {_said(exc, key)}", rounds
        ) from None
    except Exception as exc:  # noqa: BLE001 - the client's own transport errors (an URL it cannot use): said, not a traceback
        raise DraftError(
            "server", f"the client failed: {type(exc).__name__}: {_said(exc, key)}", rounds
        ) from None
    return answer


def _said(what: object, key: str) -> str:
    """A server's words, short, fit for a terminal, and never with the key in them."""
    text = str(what).replace(key, "<key>") if key != NO_KEY else str(what)
    if len(text) > SHOWN_REPLY:
        text = text[:SHOWN_REPLY] + " ..."
    return _files.safe(text)


def _quoted(text: str, key: str) -> str:
    return repr(_said(text, key))
