"""The wheel and a host site made by ``wagtail start``, for test_distribution and
test_host_site.

``build_wheel()`` builds the plugin's wheel from a copy of the working tree (the files git
tracks or would track), so a stale ``build/`` folder in the checkout never leaks into it.
``HostSite`` makes a fresh virtual environment, installs Wagtail, Django and the wheel, runs
``wagtail start mysite``, follows the README's section literally (its ``sh`` blocks are
run line by line, its ``python`` blocks appended to the file their first line names), and
serves the site with ``runserver`` on a free loopback port. ``Visitor`` is a person with a
browser over real HTTP: a cookie jar, forms read from the HTML and posted back as a browser
would.
"""

import contextlib
import email
import email.header
import glob
import html
import html.parser
import http.cookiejar
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GUIDE = REPO / "README.md"
GUIDE_SECTION = "## Add the community of practice to an existing Wagtail site"
PACKAGE = "gender-training-cop"
# The address the guide's commands name; the test's server listens elsewhere.
GUIDE_SITE_URL = "http://127.0.0.1:8000"
PLUGIN_APPS = [
    "taxonomy",
    "contributions",
    "resources",
    "compendium",
    "community",
    "consultations",
    "digests",
    "search",
]


class CommandFailed(AssertionError):
    pass


def _without_noise(text):
    """Output less Django's auto-created-primary-key warnings (one per model, with a hint),
    which would push the error out of the shown tail."""
    kept, skip_hint = [], False
    for line in text.splitlines():
        if "(models.W042)" in line:
            skip_hint = True
            continue
        if skip_hint and line.strip().startswith("HINT:"):
            skip_hint = False
            continue
        skip_hint = False
        kept.append(line)
    return "\n".join(kept)


def run(command, *, cwd, env=None, timeout=600, shell=False):
    """Run a command; fail with its output when it fails."""
    result = subprocess.run(
        command,
        cwd=cwd,
        env=env,
        shell=shell,
        executable="/bin/bash" if shell else None,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if result.returncode != 0:
        shown = command if isinstance(command, str) else " ".join(map(str, command))
        raise CommandFailed(
            f"`{shown}` in {cwd} exited {result.returncode}\n"
            f"--- stdout (end)\n{_without_noise(result.stdout)[-6000:]}\n"
            f"--- stderr (end)\n{_without_noise(result.stderr)[-6000:]}"
        )
    return result


# The wheel


def source_files():
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=REPO,
        capture_output=True,
        check=True,
    ).stdout.decode()
    return [name for name in listed.split("\0") if name and (REPO / name).is_file()]


def build_wheel(outdir):
    """Build the wheel with `python -m build` from a copy of the working tree; its path."""
    outdir = Path(outdir)
    source = outdir / "source"
    for name in source_files():
        target = source / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / name, target)
    dist = outdir / "dist"
    run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(source)],
        cwd=source,
        timeout=300,
    )
    (wheel,) = dist.glob("*.whl")
    return wheel


# Interpreters


def python_for(version):
    """The real interpreter (outside any virtual environment) for "3.11", "3.12"..., or None."""
    base = Path(getattr(sys, "_base_executable", sys.executable))
    if f"{sys.version_info.major}.{sys.version_info.minor}" == version and base.exists():
        return str(base)
    candidates = []
    pyenv_root = os.environ.get("PYENV_ROOT") or str(Path.home() / ".pyenv")
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        pyenv_root = subprocess.run(
            ["pyenv", "root"], capture_output=True, text=True, check=True, timeout=30
        ).stdout.strip()
    candidates += sorted(glob.glob(f"{pyenv_root}/versions/{version}*/bin/python{version}"))
    on_path = shutil.which(f"python{version}")
    if on_path:
        candidates.append(on_path)
    for candidate in candidates:
        try:
            # A pyenv shim answers even when the version is not installed: ask the interpreter.
            answer = subprocess.run(
                [candidate, "-c", "import sys, venv, ensurepip; print(sys.executable)"],
                capture_output=True,
                text=True,
                timeout=60,
                check=True,
            ).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            continue
        if answer:
            return answer
    return None


# The guide


@dataclass
class Block:
    language: str
    text: str

    @property
    def first_line(self):
        return self.text.splitlines()[0] if self.text else ""


def guide_blocks(path, section=GUIDE_SECTION):
    """The fenced code blocks of the guide's section, in order."""
    lines = Path(path).read_text().splitlines()
    try:
        start = lines.index(section)
    except ValueError:
        raise AssertionError(f"{path} has no line {section!r}") from None
    blocks, language, body = [], None, []
    for line in lines[start + 1 :]:
        if language is None and line.startswith("## "):
            break  # the next section
        if line.startswith("```"):
            if language is None:
                language = line[3:].strip() or "text"
                body = []
            else:
                blocks.append(Block(language, "\n".join(body) + "\n"))
                language = None
        elif language is not None:
            body.append(line)
    return blocks


def shell_lines(text):
    """The commands of an sh block: comments and blank lines dropped, continuations joined."""
    commands, pending = [], ""
    for raw in text.splitlines():
        line = raw.strip()
        if not pending and (not line or line.startswith("#")):
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        commands.append(pending + line)
        pending = ""
    if pending:
        commands.append(pending)
    return commands


# The host site


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class HostSite:
    root: Path
    python: str
    django_requirement: str
    wheel: Path
    port: int = field(default_factory=free_port)
    timings: dict = field(default_factory=dict)
    server: subprocess.Popen = None

    @property
    def venv(self):
        return self.root / ".venv"

    @property
    def site(self):
        return self.root / "mysite"

    @property
    def base_url(self):
        return f"http://127.0.0.1:{self.port}"

    @property
    def mail_dir(self):
        return self.root / "mail"

    @property
    def env(self):
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("DJANGO_", "PYTEST", "VIRTUAL_ENV", "PYTHON"))
            and key not in {"DATABASE_URL", "ELASTICSEARCH_URL"}
        }
        env["PATH"] = f"{self.venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
        env["VIRTUAL_ENV"] = str(self.venv)
        env["PYTHONUNBUFFERED"] = "1"
        return env

    def _timed(self, name, started):
        self.timings[name] = round(time.monotonic() - started, 1)

    def create(self):
        """A virtual environment with Wagtail, Django and the wheel, and `wagtail start`."""
        started = time.monotonic()
        run([self.python, "-m", "venv", str(self.venv)], cwd=self.root)
        pip = [str(self.venv / "bin" / "python"), "-m", "pip", "install", "--quiet"]
        run([*pip, "--upgrade", "pip"], cwd=self.root, env=self.env)
        run([*pip, "wagtail>=7.4,<7.5", self.django_requirement], cwd=self.root, env=self.env)
        run([str(self.venv / "bin" / "wagtail"), "start", "mysite"], cwd=self.root, env=self.env)
        self._timed("venv and wagtail start", started)

    def sh(self, command, timeout=600):
        return run(command, cwd=self.site, env=self.env, shell=True, timeout=timeout)  # noqa: S604

    def follow_guide(self, path=None):
        """Each block of the guide's section in order: sh lines run in the site folder (the
        package name in `pip install` replaced by the wheel, the guide's site address by the
        test server's), python blocks appended to the file their first comment names."""
        started = time.monotonic()
        blocks = guide_blocks(path or GUIDE)
        done = []
        for block in blocks:
            if block.language in {"sh", "bash", "shell"}:
                for command in shell_lines(block.text):
                    as_written = command
                    if re.match(r"^(python -m )?pip install\b", command):
                        command = re.sub(
                            rf"(?<![\w.-]){re.escape(PACKAGE)}(?![\w.-])", str(self.wheel), command
                        )
                    command = command.replace(GUIDE_SITE_URL, self.base_url)
                    command_started = time.monotonic()
                    self.sh(command)
                    self._timed(f"guide: {as_written[:60]}", command_started)
                    done.append(command)
            elif block.language == "python":
                match = re.match(r"#\s*(\S+)(\s+\(append\))?\s*$", block.first_line)
                assert match, f"a python block of the guide names no file: {block.first_line!r}"
                target = self.site / match.group(1)
                assert target.exists(), f"the guide appends to {match.group(1)}, not in the site"
                with target.open("a") as file:
                    file.write("\n\n" + block.text)
                done.append(f"appended to {match.group(1)}")
        self._timed("guide", started)
        return done

    def add_test_settings(self):
        """The test's own settings (not the guide's): mail to files, and this server's
        address in admin mails. wagtail start's dev settings import settings/local.py."""
        self.mail_dir.mkdir(exist_ok=True)
        (self.site / "mysite" / "settings" / "local.py").write_text(
            'EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"\n'
            f"EMAIL_FILE_PATH = {str(self.mail_dir)!r}\n"
            f"WAGTAILADMIN_BASE_URL = {self.base_url!r}\n"
        )

    def manage(self, *args, timeout=300):
        return run(
            [str(self.venv / "bin" / "python"), "manage.py", *args],
            cwd=self.site,
            env=self.env,
            timeout=timeout,
        )

    def shell(self, code):
        return self.manage("shell", "-c", code).stdout

    def add_user(self, username, password, group=None):
        self.shell(
            "from django.contrib.auth import get_user_model\n"
            "from django.contrib.auth.models import Group\n"
            f"user = get_user_model().objects.create_user({username!r}, "
            f"{username + '@example.org'!r}, {password!r}, first_name={username.title()!r})\n"
            + (f"user.groups.add(Group.objects.get(name={group!r}))\n" if group else "")
        )

    def start(self, timeout=90):
        started = time.monotonic()
        self.log = (self.root / "runserver.log").open("w")
        self.server = subprocess.Popen(
            [
                str(self.venv / "bin" / "python"),
                "manage.py",
                "runserver",
                "--noreload",
                f"127.0.0.1:{self.port}",
            ],
            cwd=self.site,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.server.poll() is not None:
                raise AssertionError(
                    f"runserver exited {self.server.returncode}:\n{self.log_tail()}"
                )
            try:
                with urllib.request.urlopen(self.base_url + "/", timeout=5):  # noqa: S310
                    break
            except urllib.error.HTTPError:
                break  # it answers
            except OSError:
                time.sleep(0.3)
        else:
            raise AssertionError(f"runserver did not answer in {timeout} s:\n{self.log_tail()}")
        self._timed("server start", started)

    def log_tail(self, characters=8000):
        path = self.root / "runserver.log"
        if not path.exists():
            return ""
        return _without_noise(path.read_text(errors="replace"))[-characters:]

    def stop(self):
        if self.server and self.server.poll() is None:
            self.server.terminate()
            try:
                self.server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.server.kill()
                self.server.wait()
        if getattr(self, "log", None):
            self.log.close()

    def mails(self):
        """The messages the site sent, oldest first, as (to, subject, body)."""
        messages = []
        for path in sorted(self.mail_dir.glob("*.log"), key=lambda p: p.stat().st_mtime_ns):
            for raw in path.read_text(errors="replace").split("-" * 79 + "\n"):
                if not raw.strip():
                    continue
                parsed = email.message_from_string(raw)
                body = parsed.get_payload(decode=True)
                if body is None and parsed.is_multipart():
                    body = parsed.get_payload(0).get_payload(decode=True)
                messages.append(
                    (
                        parsed.get("To", ""),
                        str(
                            email.header.make_header(
                                email.header.decode_header(parsed["Subject"] or "")
                            )
                        ),
                        (body or b"").decode(errors="replace"),
                    )
                )
        return messages


# A visitor with a browser over HTTP


class Form:
    """A form as a browser sees it: its fields' current values, and the labels."""

    def __init__(self, action, method, enctype):
        self.action, self.method, self.enctype = action, method.lower(), enctype
        self.fields = []  # dicts: tag, type, name, value, checked, options, id
        self.buttons = []  # (name, value, text)
        self.labels = {}  # id -> text

    def names(self):
        return {f["name"] for f in self.fields}

    def _named(self, name):
        found = [f for f in self.fields if f["name"] == name]
        if not found:
            raise AssertionError(f"the form has no field {name!r}: {sorted(self.names())}")
        return found

    def set(self, name, value):
        """Type into a text field or choose an option (by value or by its text) or a radio."""
        fields = self._named(name)
        first = fields[0]
        if first["type"] == "radio":
            for f in fields:
                f["checked"] = f["value"] == str(value)
            assert any(f["checked"] for f in fields), f"no radio {name}={value!r}"
        elif first["tag"] == "select":
            values = [value] if not isinstance(value, list | tuple) else value
            for option in first["options"]:
                option["selected"] = option["value"] in map(str, values) or option["text"] in map(
                    str, values
                )
            assert any(o["selected"] for o in first["options"]), f"no option {value!r} in {name}"
        elif first["type"] == "checkbox":
            for f in fields:
                f["checked"] = bool(value)
        else:
            first["value"] = str(value)

    def check(self, name, label=None, value=None):
        """Tick a checkbox (the one whose label is `label`, or whose value is `value`)."""
        fields = self._named(name)
        for f in fields:
            if (label is None and value is None) or (
                (label is not None and self.labels.get(f["id"], "").strip() == label)
                or (value is not None and f["value"] == str(value))
            ):
                f["checked"] = True
                return f["value"]
        raise AssertionError(
            f"no checkbox {name!r} labelled {label!r}: "
            f"{[self.labels.get(f['id']) for f in fields]}"
        )

    def first_choice(self, name):
        """Tick the first checkbox or radio of a group, or choose the first real option."""
        fields = self._named(name)
        if fields[0]["tag"] == "select":
            options = [o for o in fields[0]["options"] if o["value"]]
            self.set(name, options[0]["value"])
            return options[0]["text"]
        fields[0]["checked"] = True
        return self.labels.get(fields[0]["id"], fields[0]["value"])

    def data(self, button=None):
        pairs = []
        for f in self.fields:
            if f.get("disabled") or not f["name"]:
                continue
            if f["tag"] == "select":
                chosen = [o for o in f["options"] if o["selected"]]
                if not chosen and not f["multiple"] and f["options"]:
                    chosen = f["options"][:1]
                pairs += [(f["name"], o["value"]) for o in chosen]
            elif f["type"] in {"checkbox", "radio"}:
                if f["checked"]:
                    pairs.append((f["name"], f["value"] if f["value"] is not None else "on"))
            elif f["type"] in {"submit", "button", "reset", "image", "file"}:
                continue
            else:
                pairs.append((f["name"], f["value"] or ""))
        if button is not None:
            name, value = button
            pairs.append((name, value))
        return pairs


class _FormParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms, self.form, self.textarea, self.select, self.option = [], None, None, None, None
        self.label_for, self.label_text, self.button = None, [], None
        self.labels = {}

    def handle_starttag(self, tag, attrs):
        a = {k: (v if v is not None else "") for k, v in attrs}
        if tag == "form":
            self.form = Form(
                a.get("action", ""),
                a.get("method", "get"),
                a.get("enctype", "application/x-www-form-urlencoded"),
            )
            self.forms.append(self.form)
        elif tag == "label":
            self.label_for, self.label_text = a.get("for"), []
        if self.form is None:
            return
        if tag == "input":
            kind = a.get("type", "text").lower()
            if kind in {"submit", "image"}:
                if a.get("name"):
                    self.form.buttons.append((a["name"], a.get("value", ""), a.get("value", "")))
                return
            self.form.fields.append(
                {
                    "tag": "input",
                    "type": kind,
                    "name": a.get("name"),
                    "value": a.get("value", "on" if kind in {"checkbox", "radio"} else ""),
                    "checked": "checked" in a,
                    "disabled": "disabled" in a,
                    "id": a.get("id", ""),
                }
            )
        elif tag == "textarea":
            self.textarea = {
                "tag": "textarea",
                "type": "textarea",
                "name": a.get("name"),
                "value": "",
                "id": a.get("id", ""),
                "disabled": "disabled" in a,
            }
            self.form.fields.append(self.textarea)
        elif tag == "select":
            self.select = {
                "tag": "select",
                "type": "select",
                "name": a.get("name"),
                "options": [],
                "multiple": "multiple" in a,
                "id": a.get("id", ""),
                "disabled": "disabled" in a,
            }
            self.form.fields.append(self.select)
        elif tag == "option" and self.select is not None:
            self.option = {"value": a.get("value"), "text": "", "selected": "selected" in a}
            self.select["options"].append(self.option)
        elif tag == "button":
            self.button = [a.get("name"), a.get("value", ""), ""]

    def handle_endtag(self, tag):
        if tag == "form":
            if self.form is not None:
                self.form.labels = self.labels
            self.form = None
        elif tag == "textarea":
            self.textarea = None
        elif tag == "select":
            self.select = None
        elif tag == "option" and self.option is not None:
            if self.option["value"] is None:
                self.option["value"] = self.option["text"].strip()
            self.option["text"] = self.option["text"].strip()
            self.option = None
        elif tag == "label":
            if self.label_for:
                self.labels[self.label_for] = " ".join("".join(self.label_text).split())
            self.label_for = None
        elif tag == "button" and self.button is not None:
            if self.form is not None:
                name, value, text = self.button
                self.form.buttons.append((name, value, " ".join(text.split())))
            self.button = None

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea["value"] += data
        if self.option is not None:
            self.option["text"] += data
        if self.label_for is not None:
            self.label_text.append(data)
        if self.button is not None:
            self.button[2] += data


def forms_in(page_html):
    parser = _FormParser()
    parser.feed(page_html)
    parser.close()
    for form in parser.forms:
        form.labels = parser.labels
    return parser.forms


@dataclass
class Response:
    status: int
    url: str
    headers: dict
    text: str
    redirects: list

    def json(self):
        return json.loads(self.text)

    def form(self, having=None, index=None):
        """The page's form that has a field named `having` (or the index-th form)."""
        forms = forms_in(self.text)
        if having is not None:
            forms = [f for f in forms if having in f.names()]
        assert forms, f"no form with {having!r} on {self.url} ({self.status})"
        return forms[index or 0]


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Visitor:
    """One person's browser: cookies kept, redirects followed as a browser does."""

    def __init__(self, base_url):
        self.base_url = base_url
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), _NoRedirects()
        )

    def cookie(self, name):
        return next((c.value for c in self.jar if c.name == name), None)

    def request(self, method, url, data=None, *, headers=None, follow=True, multipart=False):
        url = urllib.parse.urljoin(self.base_url + "/", url)
        redirects = []
        while True:
            body, all_headers = None, {"Referer": url, **(headers or {})}
            if data is not None:
                if multipart:
                    boundary = uuid.uuid4().hex
                    parts = []
                    for name, value in data:
                        parts.append(
                            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"'
                            f"\r\n\r\n{value}\r\n"
                        )
                    body = ("".join(parts) + f"--{boundary}--\r\n").encode()
                    all_headers["Content-Type"] = f"multipart/form-data; boundary={boundary}"
                else:
                    body = urllib.parse.urlencode(data).encode()
                    all_headers["Content-Type"] = "application/x-www-form-urlencoded"
            request = urllib.request.Request(  # noqa: S310 - http only, to the test's server
                url, data=body, method=method, headers=all_headers
            )
            try:
                with self.opener.open(request, timeout=60) as answer:
                    status, answer_headers, raw = (
                        answer.status,
                        dict(answer.headers),
                        answer.read(),
                    )
            except urllib.error.HTTPError as error:
                status, answer_headers, raw = error.code, dict(error.headers), error.read()
            text = raw.decode("utf-8", errors="replace")
            if follow and status in {301, 302, 303, 307, 308} and "Location" in answer_headers:
                redirects.append((status, url))
                url = urllib.parse.urljoin(url, answer_headers["Location"])
                if status in {301, 302, 303}:
                    method, data = "GET", None
                continue
            return Response(status, url, answer_headers, text, redirects)

    def get(self, url, **kwargs):
        return self.request("GET", url, **kwargs)

    def submit(self, form, page_url, overrides=(), button=None, **kwargs):
        """Post a form as the browser would (its action relative to the page's address)."""
        action = urllib.parse.urljoin(page_url, form.action or page_url)
        data = form.data(button)
        for name, value in overrides:
            data = [(n, v) for n, v in data if n != name] + [(name, value)]
        if form.method == "get":
            return self.get(action.split("?")[0] + "?" + urllib.parse.urlencode(data), **kwargs)
        return self.request(
            "POST", action, data, multipart=form.enctype == "multipart/form-data", **kwargs
        )

    def post(self, url, data, headers=None, **kwargs):
        """A POST with the CSRF token from the cookie, as the admin's scripts send it."""
        token = self.cookie("csrftoken")
        data = [*list(data), ("csrfmiddlewaretoken", token)]
        headers = {"X-CSRFToken": token, **(headers or {})}
        return self.request("POST", url, data, headers=headers, **kwargs)

    def sign_in(self, path, username, password):
        page = self.get(path)
        assert page.status == 200, (page.status, page.url)
        form = page.form(having="password")
        form.set("username", username)
        form.set("password", password)
        return self.submit(form, page.url)


def text_of(fragment):
    """What a person reads of some HTML; for Django's debug error page, the error."""
    debug = re.search(r'<pre class="exception_value">(.*?)</pre>', fragment, flags=re.S)
    title = re.search(r"<title>(.*?)</title>", fragment, flags=re.S)
    if debug:
        return f"{text_of(title.group(1)) if title else ''}: {html.unescape(debug.group(1))}"
    fragment = re.sub(r"<(script|style)\b.*?</\1>", " ", fragment, flags=re.S | re.I)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())
