"""Red Hat's YAML language server, the one in staff's editors, driven over LSP from Python.

The server is pinned in ``package.json`` beside this file and installed with ``npm ci`` into
``.cache/yaml-language-server`` at the top of the checkout, once, by :func:`install`. One
process answers every document: open a text, wait for its diagnostics, close it.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path
from queue import Empty, Queue
from typing import Any

HERE = Path(__file__).resolve().parent
CACHE = HERE.parents[1] / ".cache" / "yaml-language-server"
#: What the editor is told: validate against the file's own schema line, nothing else.
SETTINGS = {
    "yaml": {
        "validate": True,
        "schemaStore": {"enable": False},  # no internet in tests, and not our schema
        "hover": False,
        "completion": False,
        "format": {"enable": False},
        "yamlVersion": "1.2",  # the server's default, written out
    }
}
ANSWER_S = 30.0


def install() -> Path:
    """The server's entry point, installed from the pinned lock file when missing or stale.

    Raises RuntimeError with npm's words when it cannot be installed: the tests that need it
    fail then, they are not skipped.
    """
    lock = (HERE / "package-lock.json").read_bytes()
    stamp = CACHE / "installed-from"
    entry = CACHE / "node_modules" / "yaml-language-server" / "bin" / "yaml-language-server"
    wanted = hashlib.sha256(lock).hexdigest()
    if entry.exists() and stamp.exists() and stamp.read_text() == wanted:
        return entry
    if shutil.which("npm") is None or shutil.which("node") is None:
        raise RuntimeError("node and npm are needed: apt-get install nodejs npm")
    CACHE.mkdir(parents=True, exist_ok=True)
    for name in ("package.json", "package-lock.json"):
        shutil.copy(HERE / name, CACHE / name)
    done = subprocess.run(
        ["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"],
        cwd=CACHE,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    if done.returncode != 0 or not entry.exists():
        raise RuntimeError(f"npm ci failed: {done.stderr.strip()[-2000:]}")
    stamp.write_text(wanted)
    return entry


@dataclass(frozen=True)
class Diagnostic:
    """One underline: its first and last line (counted from 1), how bad, and its words."""

    line: int
    end_line: int
    severity: int  # 1 error, 2 warning, 3 information, 4 hint
    message: str

    @property
    def is_error(self) -> bool:
        return self.severity == 1


class LanguageServer:
    """A running yaml-language-server, spoken to over stdio."""

    def __init__(self, entry: Path) -> None:
        self._process = subprocess.Popen(
            ["node", str(entry), "--stdio"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self._next_id = 0
        self._answers: Queue[dict[str, Any]] = Queue()
        self._diagnostics: Queue[dict[str, Any]] = Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self._request(
            "initialize",
            {
                "processId": None,
                "rootUri": None,
                "capabilities": {"workspace": {"configuration": True}},
            },
        )
        self._notify("initialized", {})
        self._notify("workspace/didChangeConfiguration", {"settings": SETTINGS})

    def diagnostics(self, documents: dict[str, str]) -> dict[str, list[Diagnostic]]:
        """What is underlined in each text, by its uri (a fresh uri for each text).

        All are opened at once: the server answers each after a short delay of its own,
        which one at a time would cost 0.2 s a document.
        """
        for uri, text in documents.items():
            self._notify(
                "textDocument/didOpen",
                {
                    "textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text},
                },
            )
        found: dict[str, list[Diagnostic]] = {}
        while len(found) < len(documents):
            published = self._diagnostics.get(timeout=ANSWER_S)
            if published["uri"] in documents:
                found[published["uri"]] = [_diagnostic(item) for item in published["diagnostics"]]
        for uri in documents:
            self._notify("textDocument/didClose", {"textDocument": {"uri": uri}})
        return found

    def close(self) -> None:
        try:
            self._request("shutdown", None)
            self._notify("exit", None)
            self._process.wait(timeout=5)
        except (OSError, Empty, subprocess.TimeoutExpired):
            self._process.kill()
            self._process.wait()
        for stream in (self._process.stdin, self._process.stdout):
            if stream is not None:
                stream.close()

    def _request(self, method: str, params: Any) -> Any:
        self._next_id += 1
        self._send({"jsonrpc": "2.0", "id": self._next_id, "method": method, "params": params})
        answer = self._answers.get(timeout=ANSWER_S)
        return answer.get("result")

    def _notify(self, method: str, params: Any) -> None:
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def _send(self, message: dict[str, Any]) -> None:
        body = json.dumps(message).encode("utf-8")
        assert self._process.stdin is not None
        self._process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self._process.stdin.flush()

    def _read(self) -> None:
        stream = self._process.stdout
        assert stream is not None
        while True:
            length = 0
            while (line := stream.readline()) not in (b"\r\n", b""):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            if not line:
                return
            message = json.loads(stream.read(length))
            self._handle(message)

    def _handle(self, message: dict[str, Any]) -> None:
        method = message.get("method")
        if method == "textDocument/publishDiagnostics":
            self._diagnostics.put(message["params"])
        elif method == "workspace/configuration":
            items = message["params"]["items"]
            found = [SETTINGS.get(item.get("section", "")) for item in items]
            self._send({"jsonrpc": "2.0", "id": message["id"], "result": found})
        elif method is not None and "id" in message:  # any other request: a plain yes
            self._send({"jsonrpc": "2.0", "id": message["id"], "result": None})
        elif "id" in message:
            self._answers.put(message)


def _diagnostic(item: dict[str, Any]) -> Diagnostic:
    start, end = item["range"]["start"], item["range"]["end"]
    return Diagnostic(start["line"] + 1, end["line"] + 1, item.get("severity", 1), item["message"])
