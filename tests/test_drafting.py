"""The model loop: the real ``openai`` client against a local server that answers as the API does.

Each path a production run meets has a test with its exact outcome: a good draft, an
invented quote, a straightened apostrophe, a missing field, a cut-off answer, a
refusal, a 429 with ``retry-after``, a 500, a timeout, a context too small, answers that
are not drafts, and replies that are not the API's.
"""

import json
import logging
import sys
from pathlib import Path

import pytest
from openai.resources.chat import completions as chat_completions

import briefschema as bs
from briefschema import drafting, grounding
from briefschema.cli import main

sys.path.insert(0, str(Path(__file__).parent))
import api_server
from api_server import Reply, chat, error, response

EXAMPLES = Path(__file__).parents[1] / "examples"
NAME = "moscow-intransigent-syria-2013"
REFERENCE = bs.load(EXAMPLES / f"{NAME}.brief.json")
DRAFT = (EXAMPLES / f"{NAME}.draft.json").read_text(encoding="utf-8")
ARTICLE_PATH = EXAMPLES / f"{NAME}.txt"
ARTICLE = ARTICLE_PATH.read_bytes()
KEY = "sk-test-0123456789abcdef"
TYPOGRAPHIC = "towards America’s demands"


def edited(edit):
    data = json.loads(DRAFT)
    edit(data)
    return json.dumps(data, ensure_ascii=False)


def invented(data):
    data["actors"][1]["evidence"][0]["quote"] = "Moscow agreed to stop the deliveries"


def missing_field(data):
    del data["actors"][0]["kind"]


STRAIGHTENED = DRAFT.replace(TYPOGRAPHIC, "towards America's demands")


@pytest.fixture
def server(monkeypatch):
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    running = api_server.Server()
    yield running
    running.close()


@pytest.fixture
def logged(caplog):
    caplog.set_level(logging.INFO, logger="briefschema.drafting")
    return caplog


def run(server, *replies, **options):
    server.answer(*replies)
    options.setdefault("http_retries", 0)
    return drafting.draft(ARTICLE, model="test-model", base_url=server.base_url, **options)


def refused(server, *replies, **options):
    with pytest.raises(drafting.DraftError) as caught:
        run(server, *replies, **options)
    return caught.value


def calls(logged):
    return [r.getMessage() for r in logged.records if r.getMessage().startswith("call ")]


def test_a_good_draft_is_grounded_in_one_round_with_the_profile_as_strict_output(server):
    drafted = run(server, chat(DRAFT, usage=(5000, 9000)))
    assert drafted.brief == REFERENCE
    assert [(r.number, r.outcome, r.problems) for r in drafted.rounds] == [(1, "grounded", ())]
    assert (drafted.input_tokens, drafted.output_tokens) == (5000, 9000)
    (request,) = server.requests
    assert request.path == "/v1/chat/completions"
    assert request.body["model"] == "test-model"
    assert request.body["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "brief", "strict": True, "schema": grounding.llm_schema()},
    }
    assert request.body["messages"] == [
        {"role": "system", "content": drafting.prompt("system")},
        {"role": "user", "content": ARTICLE.decode("utf-8")},
    ]
    assert request.headers["authorization"] == f"Bearer {KEY}"


def test_the_responses_api_is_asked_with_the_same_messages_and_format(server):
    drafted = run(server, response(DRAFT, usage=(10, 20)), api="responses")
    assert drafted.brief == REFERENCE
    assert (drafted.input_tokens, drafted.output_tokens) == (10, 20)
    (request,) = server.requests
    assert request.path == "/v1/responses"
    assert request.body["input"][1] == {"role": "user", "content": ARTICLE.decode("utf-8")}
    assert request.body["text"] == {
        "format": {
            "type": "json_schema",
            "name": "brief",
            "strict": True,
            "schema": grounding.llm_schema(),
        }
    }


def test_the_shipped_prompt_is_versioned_with_the_profile():
    system = drafting.prompt("system")
    assert f"schema version {bs.SCHEMA_VERSION}" in system
    assert "$" not in system.replace("`$", "")  # every placeholder filled
    assert "$count" in drafting.prompt("feedback")
    assert "cut off" in drafting.prompt("cut-off")


def test_an_invented_quote_goes_back_with_its_path_and_the_second_answer_is_grounded(server):
    bad = edited(invented)
    with pytest.raises(bs.ValidationError) as grounded:
        bs.ground(bad, ARTICLE)
    drafted = run(server, chat(bad), chat(DRAFT))
    assert drafted.brief == REFERENCE
    assert [r.outcome for r in drafted.rounds] == ["problems", "grounded"]
    assert drafted.rounds[0].problems == grounded.value.problems
    assert [(p.path, p.code) for p in drafted.rounds[0].problems] == [
        ("$.actors[1].evidence[0].quote", "quote-not-found")
    ]
    assert (drafted.input_tokens, drafted.output_tokens) == (2400, 1600)
    first, second = server.requests
    assert second.body["messages"][:2] == first.body["messages"]
    assert second.body["messages"][2] == {"role": "assistant", "content": bad}
    assert second.body["messages"][3] == {
        "role": "user",
        "content": drafting.feedback(grounded.value.problems),
    }
    assert (
        "- $.actors[1].evidence[0].quote: the quote is not in the source text"
        in (second.body["messages"][3]["content"])
    )


def test_a_straightened_apostrophe_goes_back_with_the_passage_as_it_stands(server):
    drafted = run(server, chat(STRAIGHTENED), chat(DRAFT))
    assert drafted.brief == REFERENCE
    problems = drafted.rounds[0].problems
    assert {p.code for p in problems} == {"quote-not-found"}
    sent = server.requests[1].body["messages"][3]["content"]
    assert f"nearest is '{TYPOGRAPHIC}'" in sent
    assert "quotation marks" in sent


def test_a_missing_field_goes_back_with_its_path(server):
    drafted = run(server, chat(edited(missing_field)), chat(DRAFT))
    assert drafted.brief == REFERENCE
    (problem,) = drafted.rounds[0].problems
    assert (problem.path, problem.code) == ("$.actors[0].kind", "required")
    assert "$.actors[0].kind" in server.requests[1].body["messages"][3]["content"]


def test_problems_that_remain_after_every_retry_are_the_error_s(server):
    error = refused(server, chat(STRAIGHTENED), chat(STRAIGHTENED), chat(STRAIGHTENED), retries=2)
    assert error.kind == "problems"
    assert [r.outcome for r in error.rounds] == ["problems"] * 3
    assert error.problems == error.rounds[-1].problems
    assert len(error.problems) == 2
    assert str(error) == "no grounded brief in 3 rounds: 2 problems remain"
    assert len(server.requests) == 3
    # each retry carries the last answer and its problems, not the whole history
    assert [len(r.body["messages"]) for r in server.requests] == [2, 4, 4]


def test_retries_zero_asks_once(server):
    error = refused(server, chat(STRAIGHTENED), chat(DRAFT), retries=0)
    assert [r.outcome for r in error.rounds] == ["problems"]
    assert str(error) == "no grounded brief in 1 round: 2 problems remain"
    assert len(server.requests) == 1


def test_a_cut_off_answer_is_asked_again_shorter_without_sending_it_back(server):
    cut = DRAFT[: len(DRAFT) // 2]
    drafted = run(server, chat(cut, finish_reason="length", usage=(100, 4096)), chat(DRAFT))
    assert drafted.brief == REFERENCE
    first = drafted.rounds[0]
    assert first.outcome == "cut-off"
    assert [(p.path, p.code, p.message) for p in first.problems] == [
        (
            "$",
            "cut-off",
            "the answer stopped at the token limit (4,096 tokens) before the brief was complete",
        )
    ]
    assert server.requests[1].body["messages"][2:] == [
        {"role": "user", "content": drafting.prompt("cut-off")}
    ]


def test_a_cut_off_responses_answer_is_one_too(server):
    cut = DRAFT[:1000]
    drafted = run(server, response(cut, incomplete=True), response(DRAFT), api="responses")
    assert [r.outcome for r in drafted.rounds] == ["cut-off", "grounded"]


@pytest.mark.parametrize("api", ["chat", "responses"])
def test_a_refusal_ends_the_loop_at_once(server, api):
    answer = (
        chat(None, refusal="I cannot help with that.")
        if api == "chat"
        else response(None, refusal="I cannot help with that.")
    )
    error = refused(server, answer, chat(DRAFT), api=api)
    assert error.kind == "refused"
    assert str(error) == "the model refused: 'I cannot help with that.'"
    assert [r.outcome for r in error.rounds] == ["refused"]
    assert len(server.requests) == 1


def test_a_429_is_retried_after_its_retry_after_and_every_call_is_logged(server, logged):
    drafted = run(
        server, error(429, "Rate limit reached", retry_after="0.2"), chat(DRAFT), http_retries=2
    )
    assert drafted.brief == REFERENCE
    assert len(server.requests) == 2
    assert calls(logged) == [
        f"call 1: POST {server.base_url}/chat/completions",
        "call 1: 429 Too Many Requests (retry-after 0.2 s)",
        f"call 2: POST {server.base_url}/chat/completions",
        "call 2: 200 OK",
    ]
    assert "round 1: grounded (1,200 tokens in, 800 out)" in logged.messages


def test_a_429_past_the_client_s_retries_is_a_server_error(server):
    error_ = refused(
        server,
        error(429, "Rate limit reached", retry_after="0.1"),
        error(429, "Rate limit reached", retry_after="0.1"),
        http_retries=1,
    )
    assert error_.kind == "server"
    assert str(error_).startswith("the server answered 429 (2 attempts): ")
    assert "Rate limit reached" in str(error_)
    assert error_.rounds == ()


def test_a_500_is_retried_and_then_reported(server, logged):
    drafted = run(server, error(500, "overloaded"), chat(DRAFT), http_retries=1)
    assert drafted.brief == REFERENCE
    assert "call 1: 500 Internal Server Error" in calls(logged)
    failed = refused(server, error(500, "overloaded"), error(500, "overloaded"), http_retries=1)
    assert failed.kind == "server"
    assert str(failed).startswith("the server answered 500 (2 attempts): ")
    assert len(server.requests) == 4


def test_a_timeout_is_reported_with_the_wait(server, logged):
    failed = refused(server, Reply(delay=3, body={}), timeout=0.5)
    assert failed.kind == "server"
    assert str(failed) == "no answer within 0.5 s (1 attempt)"
    assert calls(logged) == [f"call 1: POST {server.base_url}/chat/completions"]


def test_the_key_comes_from_the_environment_and_is_never_logged_or_said(
    server, logged, monkeypatch
):
    monkeypatch.setenv("OTHER_KEY", "sk-other-key")
    run(server, chat(DRAFT), key_env="OTHER_KEY")
    assert server.requests[-1].headers["authorization"] == "Bearer sk-other-key"
    failed = refused(server, error(401, f"Incorrect API key provided: {KEY}"))
    assert failed.kind == "setup"
    assert KEY not in str(failed)
    assert "Incorrect API key provided: <key>" in str(failed)
    assert KEY not in logged.text
    assert all(KEY not in json.dumps(r.body) for r in server.requests)


def test_no_key_without_a_server_of_one_s_own_is_refused_before_any_call(monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    with pytest.raises(drafting.DraftError) as caught:
        drafting.draft(ARTICLE, model="gpt-test")
    assert caught.value.kind == "setup"
    assert str(caught.value).startswith("no API key: set OPENAI_API_KEY in the environment")


def test_a_local_server_needs_no_key(server, monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY")
    run(server, chat(DRAFT))
    assert server.requests[-1].headers["authorization"] == f"Bearer {drafting.NO_KEY}"


def test_an_article_past_the_context_is_refused_before_any_call(server):
    failed = refused(server, chat(DRAFT), context_tokens=8_000, max_tokens=16_000)
    assert failed.kind == "too-long"
    assert "does not fit in the model's context: about " in str(failed)
    assert "briefschema does not split an article" in str(failed)
    assert server.requests == []
    size = (
        len(ARTICLE)
        + len(drafting.prompt("system").encode())
        + len(json.dumps(grounding.llm_schema(), separators=(",", ":")).encode())
    )
    fits = -(-size // drafting.BYTES_PER_TOKEN) + 16_000
    assert run(server, chat(DRAFT), context_tokens=fits, max_tokens=16_000).brief == REFERENCE
    with pytest.raises(drafting.DraftError):
        run(server, chat(DRAFT), context_tokens=fits - 1, max_tokens=16_000)


def test_the_server_s_own_context_refusal_is_said_as_one(server):
    said = "This model's maximum context length is 4096 tokens. However, you requested 9000 tokens."
    failed = refused(server, error(400, said, code="context_length_exceeded"))
    assert failed.kind == "too-long"
    assert said in str(failed)


@pytest.mark.parametrize(
    ("content", "path", "code"),
    [
        ("Sure! Here is the brief you asked for.", "$", "json-syntax"),
        ("[1, 2, 3]", "$", "type"),
        (None, "$", "json-syntax"),
        ("[" * 100_000 + "]" * 100_000, "$" + "[0]" * 64, "too-deep"),
    ],
)
def test_an_answer_that_is_not_a_draft_is_a_round_with_problems(server, content, path, code):
    failed = refused(server, chat(content), retries=0)
    assert failed.kind == "problems"
    assert [(p.path, p.code) for p in failed.problems][:1] == [(path, code)]


@pytest.mark.parametrize(
    "body",
    [
        {"object": "chat.completion", "choices": []},
        {"choices": [{"message": {"content": 5}, "finish_reason": "stop"}]},
        b"<html>Bad gateway</html>",
        ["not", "an", "object"],
    ],
)
def test_a_reply_that_is_not_the_api_s_is_a_server_error(server, body):
    failed = refused(server, Reply(body=body))
    assert failed.kind == "server"
    assert str(failed).startswith("the server's reply is not an answer of the API")


def test_a_server_that_is_not_there_is_a_server_error(server):
    base = server.base_url
    server.close()
    with pytest.raises(drafting.DraftError) as caught:
        drafting.draft(ARTICLE, model="m", base_url=base, http_retries=0)
    assert caught.value.kind == "server"
    assert str(caught.value).startswith("cannot reach the server (1 attempt): ")
    server.close = lambda: None


def test_without_the_openai_package_the_extra_is_named(server, monkeypatch):
    monkeypatch.setitem(sys.modules, "openai", None)
    failed = refused(server, chat(DRAFT))
    assert (failed.kind, str(failed)) == (
        "setup",
        "drafting needs the openai package: pip install 'briefschema[model]'",
    )


def command(server, *more):
    return ["draft", str(ARTICLE_PATH), "--model", "m", "--base-url", server.base_url, *more]


def test_a_round_the_server_does_not_count_says_so(server, tmp_path, capsys):
    server.answer(chat(DRAFT, usage=None))
    out = tmp_path / "brief.json"
    assert main(command(server, "-o", str(out))) == 0
    assert capsys.readouterr().err.splitlines()[-1] == (
        "briefschema: grounded in 1 round (the server reported no tokens)"
    )


def test_the_command_writes_the_brief_and_logs_every_call_and_round(server, tmp_path, capsys):
    server.answer(chat(STRAIGHTENED), chat(DRAFT))
    out = tmp_path / "brief.json"
    assert main(command(server, "-o", str(out))) == 0
    assert bs.load(out) == REFERENCE
    stdout, err = capsys.readouterr()
    assert stdout == ""
    lines = err.splitlines()
    assert lines[0] == f"briefschema: call 1: POST {server.base_url}/chat/completions"
    assert "briefschema: round 1: 2 problems (1,200 tokens in, 800 out)" in lines
    assert lines[-1] == "briefschema: grounded in 2 rounds (2,400 tokens in, 1,600 out)"
    assert KEY not in err


def test_the_command_exits_1_with_the_problems_that_remain(server, tmp_path, capsys):
    server.answer(chat(STRAIGHTENED), chat(STRAIGHTENED))
    out = tmp_path / "brief.json"
    assert main(command(server, "--retries", "1", "-o", str(out))) == 1
    stdout, _ = capsys.readouterr()
    lines = stdout.splitlines()
    assert lines[0] == (
        f"{ARTICLE_PATH}: no grounded brief in 2 rounds: 2 problems remain "
        "(2,400 tokens in, 1,600 out)"
    )
    assert len(lines) == 3
    assert lines[1].startswith("  $.actors[0].evidence[2].quote: the quote is not in the source")
    assert not out.exists()


def test_the_command_exits_2_when_the_server_or_a_file_fails(server, tmp_path, capsys):
    server.answer(error(503, "down"))
    assert main(command(server, "--http-retries", "0")) == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        "briefschema: the server answered 503 (1 attempt): Error code: 503 - down"
    )
    assert main(["draft", str(tmp_path / "none.txt"), "--model", "m"]) == 2
    assert "cannot read" in capsys.readouterr().err
    latin = tmp_path / "latin1.txt"
    latin.write_bytes(b"caf\xe9")
    assert main(["draft", str(latin), "--model", "m", "--base-url", server.base_url]) == 2
    assert "UTF-8" in capsys.readouterr().err
    assert len(server.requests) == 1


def test_whole_words_reaches_grounding_and_its_hint_goes_back(server):
    part = DRAFT.replace('"quote": "the Obama administration"', '"quote": "the Obama administ"', 1)
    drafted = run(server, chat(part), chat(DRAFT), whole_words=True)
    assert drafted.brief == REFERENCE
    (problem,) = drafted.rounds[0].problems
    assert problem.message.startswith(
        "the quote is in the source text only inside longer words (whole words were asked "
        "for); the first is 'the Obama administration' at 1694:1718"
    )
    assert problem.message in server.requests[1].body["messages"][3]["content"]
    assert bs.ground(part, ARTICLE) != REFERENCE  # without it, the cut word is a quote


GUIDE = Path(__file__).parents[1] / "docs" / "guides" / "llm.md"


def test_the_guide_s_worked_example_is_what_the_command_says_and_sends(server, tmp_path, capsys):
    guide = GUIDE.read_text(encoding="utf-8")
    blocks = guide.split("```text\n")
    log = next(b for b in blocks if b.startswith("briefschema: call 1:")).split("```")[0]
    sent = guide.split("<!-- feedback-example -->\n```text\n")[1].split("```")[0]
    first = DRAFT.replace(TYPOGRAPHIC, "towards America's demands").replace(
        '"quote": "the Obama administration"', '"quote": "the Obama new administration"', 1
    )
    server.answer(
        error(429, "Rate limit reached", retry_after="1"),
        chat(first, usage=(9512, 14230)),
        chat(DRAFT, usage=(24105, 14127)),
    )
    out = tmp_path / "brief.json"
    argv = ["draft", str(ARTICLE_PATH), "--model", "qwen3-32b", "--base-url", server.base_url]
    assert main([*argv, "-o", str(out)]) == 0
    assert bs.load(out) == REFERENCE
    err = capsys.readouterr().err.replace(server.base_url, "http://localhost:8000/v1")
    assert err == log
    assert server.requests[-1].body["messages"][3]["content"] == sent


@pytest.mark.parametrize(
    ("options", "said"),
    [
        ({"base_url": "ht!tp://x"}, "the base URL must be http:// or https:// and name a host"),
        ({"base_url": "localhost:8000"}, "the base URL must be http:// or https://"),
        ({"base_url": "http://\u2028/v1"}, "the client cannot use the base URL"),
        ({"timeout": float("nan")}, "timeout must be a number of seconds above 0, not nan"),
        ({"timeout": 0}, "timeout must be a number of seconds above 0"),
        ({"retries": -1}, "retries and http_retries must be 0 or more"),
        ({"max_tokens": 0}, "max_tokens must be 1 or more, not 0"),
        ({"context_tokens": -5}, "context_tokens must be 1 or more, not -5"),
        ({"api": "completions"}, "api must be 'chat' or 'responses', not 'completions'"),
    ],
)
def test_arguments_a_run_cannot_use_are_said_before_any_call(server, options, said):
    options.setdefault("base_url", server.base_url)
    with pytest.raises(drafting.DraftError) as caught:
        drafting.draft(ARTICLE, model="m", **options)
    assert caught.value.kind == "setup"
    assert said in str(caught.value)
    assert server.requests == []


def test_hostile_answers_are_problems_or_server_errors_never_a_traceback(server):
    huge = "[" + "1," * 20_000_000 + "1]"  # 40 MB: past the largest document
    assert [p.code for p in refused(server, chat(huge), retries=0).problems] == ["too-large"]
    surrogate = b'{"choices":[{"message":{"content":"\\ud800"},"finish_reason":"stop"}]}'
    failed = refused(server, Reply(body=surrogate), retries=0)
    assert (failed.kind, [p.code for p in failed.problems]) == ("problems", ["json-syntax"])
    odd_usage = chat(DRAFT)
    odd_usage.body["usage"] = {"prompt_tokens": -1, "completion_tokens": True}
    drafted = run(server, odd_usage)
    assert (drafted.rounds[0].input_tokens, drafted.rounds[0].output_tokens) == (None, None)
    no_message = {"choices": [{"message": None, "finish_reason": "stop"}]}
    assert refused(server, Reply(body=no_message)).kind == "server"


def test_the_command_says_a_setup_problem_and_exits_2(server, capsys):
    assert main(command(server, "--timeout", "nan")) == 2
    assert capsys.readouterr().err == (
        "briefschema: timeout must be a number of seconds above 0, not nan\n"
    )


def test_a_refusal_through_the_command_exits_1_with_its_words(server, capsys):
    server.answer(chat(None, refusal="I can\u2019t do that.\x1b[31m"))
    assert main(command(server)) == 1
    out = capsys.readouterr().out
    assert out == (
        f"{ARTICLE_PATH}: no grounded brief: the model refused: 'I can\u2019t do that.\\\\x1b[31m' "
        "(1,200 tokens in, 800 out)\n"
    )


# ---------------------------------------------------------------------------
# The edges of each outcome, one by one.


def problems_of(count):
    return [bs.Problem(f"$.issues[{k}].title", "type", "wrong") for k in range(count)]


def test_feedback_sends_the_first_hundred_problems_and_counts_the_rest():
    one = drafting.feedback(problems_of(1))
    assert "cannot be used yet: 1 problem." in one
    assert "- $.issues[0].title: wrong [type]" in one
    hundred = drafting.feedback(problems_of(100))
    assert "100 problems" in hundred and "more: fix these first" not in hundred
    many = drafting.feedback(problems_of(102))
    lines = [line for line in many.splitlines() if line.startswith("- ")]
    assert len(lines) == 101
    assert lines[99] == "- $.issues[99].title: wrong [type]"
    assert lines[100] == "- and 2 more: fix these first"


def test_a_server_s_long_words_are_cut_at_three_hundred_code_points(server):
    said = "x" * 299 + "yz"
    failed = refused(server, error(404, said))
    whole = f"Error code: 404 - {said}"
    assert str(failed) == f"the server answered 404: {whole[:300]} ..."
    short = "x" * (300 - len("Error code: 404 - "))
    assert str(refused(server, error(404, short))).endswith(f"404 - {short}")
    exact = refused(server, chat(None, refusal="r" * 300))
    assert str(exact) == f"the model refused: '{'r' * 300}'"
    longer = refused(server, chat(None, refusal="r" * 301))
    assert str(longer) == f"the model refused: '{'r' * 300} ...'"


def test_tokens_the_server_did_not_count_are_none_and_count_nothing(server, logged):
    drafted = run(server, chat(DRAFT, usage=None))
    assert (drafted.rounds[0].input_tokens, drafted.rounds[0].output_tokens) == (None, None)
    assert (drafted.input_tokens, drafted.output_tokens) == (0, 0)
    assert "round 1: grounded (tokens not reported)" in logged.messages
    half = chat(DRAFT)
    half.body["usage"] = {"prompt_tokens": 7, "completion_tokens": True}
    drafted = run(server, half)
    assert (drafted.input_tokens, drafted.output_tokens) == (7, 0)
    assert "round 1: grounded (7 tokens in, ? out)" in logged.messages
    zero = run(server, chat(DRAFT, usage=(0, 5)))
    assert (zero.rounds[0].input_tokens, zero.rounds[0].output_tokens) == (0, 5)


def test_every_round_is_logged_whatever_became_of_it(server, logged):
    refused(server, chat(None, refusal="No."))
    assert "round 1: refused (1,200 tokens in, 800 out)" in logged.messages
    refused(
        server, chat(DRAFT[:10], finish_reason="length", usage=(1, 2)), chat(None, refusal="No.")
    )
    assert "round 2: refused (1,200 tokens in, 800 out)" in logged.messages
    run(server, chat(DRAFT[:100], finish_reason="length"), chat(edited(invented)), chat(DRAFT))
    assert "round 1: cut-off: 1 problem (1,200 tokens in, 800 out)" not in logged.messages
    assert "round 1: cut-off (1,200 tokens in, 800 out)" in logged.messages
    assert "round 2: 1 problem (1,200 tokens in, 800 out)" in logged.messages
    assert "round 3: grounded (1,200 tokens in, 800 out)" in logged.messages


def test_one_problem_that_remains_is_said_in_the_singular(server):
    failed = refused(server, chat(edited(invented)), retries=0)
    assert str(failed) == "no grounded brief in 1 round: 1 problem remains"


def test_the_defaults_ask_three_times_try_each_call_three_times_and_are_lenient(server):
    server.answer(chat(STRAIGHTENED), chat(STRAIGHTENED), chat(STRAIGHTENED), chat(DRAFT))
    with pytest.raises(drafting.DraftError) as caught:
        drafting.draft(ARTICLE, model="m", base_url=server.base_url)
    assert len(caught.value.rounds) == 3
    server.script.clear()
    slow = [error(429, "slow down", retry_after_ms="10") for _ in range(3)]
    server.answer(*slow, chat(DRAFT))
    with pytest.raises(drafting.DraftError) as caught:
        drafting.draft(ARTICLE, model="m", base_url=server.base_url)
    assert str(caught.value).startswith("the server answered 429 (3 attempts)")
    server.script.clear()
    inside = DRAFT.replace(
        '"quote": "the Obama administration"', '"quote": "the Obama administ"', 1
    )
    server.answer(chat(inside))
    assert drafting.draft(ARTICLE, model="m", base_url=server.base_url).brief != REFERENCE


def test_a_warning_fails_the_run_only_when_strict(server):
    data = json.loads(DRAFT)
    data["actors"][0]["evidence"] = []  # an actor that cites nothing: a warning, not an error
    warned = json.dumps(data, ensure_ascii=False)
    with pytest.raises(bs.ValidationError) as strict_verdict:
        bs.ground(warned, ARTICLE, strict=True)
    codes = [p.code for p in strict_verdict.value.problems]
    assert codes == ["missing-evidence"]
    assert run(server, chat(warned)).brief.actors[0].evidence == ()
    failed = refused(server, chat(warned), retries=0, strict=True)
    assert [p.code for p in failed.problems] == codes


@pytest.mark.parametrize("http_retries", [-1])
def test_negative_http_retries_alone_are_refused(server, http_retries):
    with pytest.raises(drafting.DraftError) as caught:
        drafting.draft(ARTICLE, model="m", base_url=server.base_url, http_retries=http_retries)
    assert caught.value.kind == "setup"
    assert str(caught.value) == "retries and http_retries must be 0 or more"


def test_a_base_url_without_a_host_is_refused():
    with pytest.raises(drafting.DraftError) as caught:
        drafting.draft(ARTICLE, model="m", base_url="http:///v1")
    assert "name a host" in str(caught.value)


def test_max_tokens_reaches_each_api_and_one_is_enough(server):
    run(server, chat(DRAFT), max_tokens=1)
    assert server.requests[-1].body["max_completion_tokens"] == 1
    run(server, chat(DRAFT))
    assert "max_completion_tokens" not in server.requests[-1].body
    run(server, response(DRAFT), api="responses", max_tokens=1)
    assert server.requests[-1].body["max_output_tokens"] == 1
    run(server, response(DRAFT), api="responses")
    assert "max_output_tokens" not in server.requests[-1].body


def test_the_context_estimate_is_three_bytes_a_token_and_the_answer_s_room(server):
    size = (
        len(ARTICLE)
        + len(drafting.prompt("system").encode())
        + len(json.dumps(grounding.llm_schema(), separators=(",", ":")).encode())
    )
    fits = -(-size // 3)  # the documented three UTF-8 bytes a token
    assert run(server, chat(DRAFT), context_tokens=fits).brief == REFERENCE
    failed = refused(server, chat(DRAFT), context_tokens=fits - 1)
    assert f"about {fits:,} tokens (the article, the prompt and the profile) against" in str(failed)
    failed = refused(server, chat(DRAFT), context_tokens=fits, max_tokens=10)
    assert f"about {fits + 10:,} tokens (the article, the prompt and the profile, and 10 for" in (
        str(failed)
    )


def test_the_first_choice_is_the_answer(server):
    two = chat(DRAFT)
    two.body["choices"].append({**two.body["choices"][0], "index": 1})
    two.body["choices"][1]["message"] = {"role": "assistant", "content": "junk"}
    assert run(server, two).brief == REFERENCE
    failed = refused(server, Reply(body={"object": "chat.completion", "choices": []}))
    assert str(failed) == "the server's reply is not an answer of the API: it has no choices"


def test_only_messages_of_a_responses_answer_are_read(server):
    answer = response(DRAFT)
    junk = {"type": "reasoning", "id": "rs_1", "content": [{"type": "output_text", "text": "x"}]}
    answer.body["output"].insert(0, junk)
    assert run(server, answer, api="responses").brief == REFERENCE


@pytest.mark.parametrize(
    ("status", "reason", "outcome"),
    [
        ("incomplete", "max_output_tokens", "cut-off"),
        ("incomplete", "content_filter", "problems"),
        ("completed", "max_output_tokens", "problems"),
    ],
)
def test_only_an_answer_stopped_at_the_token_limit_is_cut_off(server, status, reason, outcome):
    answer = response(DRAFT[:1000])
    answer.body["status"] = status
    answer.body["incomplete_details"] = {"reason": reason}
    failed = refused(server, answer, api="responses", retries=0)
    assert [r.outcome for r in failed.rounds] == [outcome]


def test_a_connection_refused_names_its_cause(server):
    base = server.base_url
    server.close()
    with pytest.raises(drafting.DraftError) as caught:
        drafting.draft(ARTICLE, model="m", base_url=base, http_retries=0)
    assert "refused" in str(caught.value).lower()
    server.close = lambda: None


@pytest.mark.parametrize(
    ("status", "message", "kind", "said"),
    [
        (400, "Invalid schema for response_format", "server", "the server answered 400: "),
        (413, "context length is too long", "server", "the server answered 413: "),
        (403, "Project does not have access", "setup", "the server refused the key (403): "),
        (404, "The model `m` does not exist", "server", "the server answered 404: "),
        (499, "client closed", "server", "the server answered 499: "),
    ],
)
def test_each_status_is_said_for_what_it_is(server, status, message, kind, said):
    failed = refused(server, error(status, message))
    assert failed.kind == kind
    assert str(failed).startswith(said)
    assert message in str(failed)


def test_any_other_failure_of_the_client_is_said_not_raised(server, monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("the transport broke")

    monkeypatch.setattr(chat_completions.Completions, "create", broken)
    failed = refused(server)
    assert (failed.kind, str(failed)) == (
        "server",
        "the client failed: RuntimeError: the transport broke",
    )
