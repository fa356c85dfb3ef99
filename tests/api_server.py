"""A local HTTP server that answers as the OpenAI API does, from a script of recorded answers.

The tests point the real ``openai`` client at it (``base_url``); it answers each call
with the next reply of its script and keeps every request (path, headers, JSON body)
for the test to read. The envelopes are those the API documents for Chat Completions
(``chat.completion``) and Responses (``response``), with their usage.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import attrs


@attrs.define
class Reply:
    """One answer of the script: a status, headers, a body, and a delay before it."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = attrs.Factory(dict)
    delay: float = 0.0


def chat(
    content: str | None,
    *,
    finish_reason: str = "stop",
    refusal: str | None = None,
    usage: tuple[int, int] | None = (1200, 800),
) -> Reply:
    """A Chat Completions answer (``chat.completion``)."""
    body: dict[str, Any] = {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": 1_765_000_000,
        "model": "test-model",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content, "refusal": refusal},
                "logprobs": None,
                "finish_reason": finish_reason,
            }
        ],
    }
    if usage is not None:
        body["usage"] = {
            "prompt_tokens": usage[0],
            "completion_tokens": usage[1],
            "total_tokens": sum(usage),
        }
    return Reply(body=body)


def response(
    content: str | None,
    *,
    refusal: str | None = None,
    incomplete: bool = False,
    usage: tuple[int, int] | None = (1200, 800),
) -> Reply:
    """A Responses answer (``response``)."""
    parts: list[dict[str, Any]] = []
    if content is not None:
        parts.append({"type": "output_text", "text": content, "annotations": []})
    if refusal is not None:
        parts.append({"type": "refusal", "refusal": refusal})
    body: dict[str, Any] = {
        "id": "resp_test",
        "object": "response",
        "created_at": 1_765_000_000,
        "model": "test-model",
        "status": "incomplete" if incomplete else "completed",
        "incomplete_details": {"reason": "max_output_tokens"} if incomplete else None,
        "output": [
            {
                "type": "message",
                "id": "msg_test",
                "status": "incomplete" if incomplete else "completed",
                "role": "assistant",
                "content": parts,
            }
        ],
        "parallel_tool_calls": True,
        "tool_choice": "auto",
        "tools": [],
    }
    if usage is not None:
        body["usage"] = {
            "input_tokens": usage[0],
            "output_tokens": usage[1],
            "total_tokens": sum(usage),
            "input_tokens_details": {"cached_tokens": 0},
            "output_tokens_details": {"reasoning_tokens": 0},
        }
    return Reply(body=body)


def error(status: int, message: str, *, code: str | None = None, **headers: str) -> Reply:
    """An error as the API sends it: ``{"error": {"message", "type", "code"}}``."""
    body = {"error": {"message": message, "type": "invalid_request_error", "code": code}}
    return Reply(
        status=status, body=body, headers={k.replace("_", "-"): v for k, v in headers.items()}
    )


@attrs.define
class Request:
    """A request the server received."""

    path: str
    headers: dict[str, str]
    body: Any


class Server:
    """The server, on 127.0.0.1 at a free port, answering from ``script`` in turn."""

    def __init__(self) -> None:
        self.script: deque[Reply] = deque()
        self.requests: list[Request] = []
        handler = _handler(self)
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self._httpd.block_on_close = False
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def answer(self, *replies: Reply) -> None:
        self.script.extend(replies)

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


def _handler(server: Server) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            size = int(self.headers.get("content-length") or 0)
            raw = self.rfile.read(size)
            server.requests.append(
                Request(self.path, {k.lower(): v for k, v in self.headers.items()}, json.loads(raw))
            )
            reply = server.script.popleft() if server.script else error(500, "the script is over")
            if reply.delay:
                time.sleep(reply.delay)
            payload = (
                reply.body
                if isinstance(reply.body, bytes)
                else json.dumps(reply.body, ensure_ascii=False).encode("utf-8")
            )
            try:
                self.send_response(reply.status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(payload)))
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(payload)
            except OSError:  # the client gave up (a timeout): nobody to answer
                pass

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base's name
            pass

    return Handler
