"""A throw-away PostgreSQL + PostGIS server for the tests of the PostGIS claims register.

:func:`unavailable_reason` says why no server can be started (missing Debian packages,
psycopg2, a ``postgres`` user when running as root); :class:`PostgisServer` runs ``initdb``
and ``pg_ctl`` from ``/usr/lib/postgresql/<version>/bin`` in a temporary data directory on a
free local port (TCP on 127.0.0.1 only, trust authentication, socket in the temporary
directory) and removes everything on :meth:`stop`. As root the server runs as the
``postgres`` user (``runuser``): PostgreSQL refuses to run as root.

    with PostgisServer() as server:
        # 'host=127.0.0.1 port=... dbname=test user=postgres'
        dsn = server.create_database("test")
"""

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time

SERVER_USER = "postgres"
#: Environment variable: when "1", a missing server makes the tests fail instead of skip (CI).
REQUIRE_ENV = "BRONNENSTRATEGIE_REQUIRE_POSTGIS"


def bin_dir():
    """The newest /usr/lib/postgresql/<version>/bin holding initdb and pg_ctl, or None."""
    candidates = []
    for path in glob.glob("/usr/lib/postgresql/*/bin"):
        if os.path.exists(os.path.join(path, "initdb")) and os.path.exists(
            os.path.join(path, "pg_ctl")
        ):
            try:
                candidates.append((float(path.split("/")[-2]), path))
            except ValueError:
                continue
    return max(candidates)[1] if candidates else None


def postgis_available(bindir):
    """True when the PostGIS extension is installed for the server of ``bindir``."""
    version = bindir.split("/")[-2]
    return bool(glob.glob(f"/usr/share/postgresql/{version}/extension/postgis.control"))


def unavailable_reason():
    """Why no test server can be started (a sentence), or None when it can."""
    bindir = bin_dir()
    if bindir is None:
        return (
            "PostgreSQL server binaries (initdb, pg_ctl) not found in /usr/lib/postgresql/*/bin: "
            "apt-get install postgresql postgresql-15-postgis-3"
        )
    if not postgis_available(bindir):
        return (
            f"the PostGIS extension is not installed for {bindir}: "
            f"apt-get install postgresql-{bindir.split('/')[-2]}-postgis-3"
        )
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        return "psycopg2 is missing: apt-get install python3-psycopg2"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(SERVER_USER)
        except KeyError:
            return f"running as root without a '{SERVER_USER}' user to run the server as"
        if shutil.which("runuser") is None:
            return f"running as root without runuser to start the server as '{SERVER_USER}'"
    return None


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PostgisServer:
    """A PostgreSQL server in a temporary directory; ``superuser`` connects without password."""

    superuser = "postgres"

    def __init__(self, bindir=None):
        self.bindir = bindir or bin_dir()
        self.root = None
        self.port = None
        self.started = False

    # -- helpers ------------------------------------------------------------------
    def _cmd(self, args):
        if os.geteuid() == 0:
            return ["runuser", "-u", SERVER_USER, "--"] + args
        return args

    def _run(self, args, **kwargs):
        return subprocess.run(self._cmd(args), check=True, capture_output=True, text=True, **kwargs)

    @property
    def data_dir(self):
        return os.path.join(self.root, "data")

    @property
    def log_file(self):
        return os.path.join(self.root, "server.log")

    def log(self):
        try:
            with open(self.log_file, encoding="utf-8", errors="replace") as handle:
                return handle.read()[-4000:]
        except OSError:
            return ""

    # -- life cycle ---------------------------------------------------------------
    def start(self, attempts=3):
        self.root = tempfile.mkdtemp(prefix="bronnenstrategie-pg-")
        os.chmod(self.root, 0o755)
        if os.geteuid() == 0:
            entry = pwd.getpwnam(SERVER_USER)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
        self._run(
            [
                os.path.join(self.bindir, "initdb"),
                "-D",
                self.data_dir,
                "-U",
                self.superuser,
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync",
            ]
        )
        error = None
        for _ in range(attempts):
            self.port = free_port()
            options = (
                f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1"
                " -c fsync=off -c full_page_writes=off"
            )
            try:
                self._run(
                    [
                        os.path.join(self.bindir, "pg_ctl"),
                        "-D",
                        self.data_dir,
                        "-l",
                        self.log_file,
                        "-o",
                        options,
                        "-w",
                        "-t",
                        "60",
                        "start",
                    ]
                )
                self.started = True
                return self
            except subprocess.CalledProcessError as exc:  # port taken in between: try another
                error = exc
                time.sleep(0.5)
        raise RuntimeError(
            "PostgreSQL did not start: {}\n{}".format(error.stderr if error else "", self.log())
        )

    def stop(self):
        if self.started:
            with contextlib.suppress(subprocess.CalledProcessError):
                self._run(
                    [
                        os.path.join(self.bindir, "pg_ctl"),
                        "-D",
                        self.data_dir,
                        "-m",
                        "fast",
                        "-w",
                        "stop",
                    ]
                )
            self.started = False
        if self.root:
            shutil.rmtree(self.root, ignore_errors=True)
            self.root = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    # -- databases ----------------------------------------------------------------
    def dsn(self, dbname="postgres", user=None):
        """libpq keyword string of a database on this server."""
        return f"host=127.0.0.1 port={self.port} dbname={dbname} user={user or self.superuser}"

    def connect(self, dbname="postgres", user=None, autocommit=True):
        import psycopg2

        conn = psycopg2.connect(self.dsn(dbname, user))
        conn.autocommit = autocommit
        return conn

    def create_database(self, name, postgis=True):
        """Create a database (with the postgis extension); returns its DSN."""
        conn = self.connect()
        try:
            with conn.cursor() as cur:
                cur.execute(f'CREATE DATABASE "{name}"')
        finally:
            conn.close()
        if postgis:
            conn = self.connect(name)
            try:
                with conn.cursor() as cur:
                    cur.execute("CREATE EXTENSION postgis")
            finally:
                conn.close()
        return self.dsn(name)

    def create_role(self, name, dbname):
        """A login role that may create in and use the database (no superuser)."""
        conn = self.connect(dbname)
        try:
            with conn.cursor() as cur:
                cur.execute(f'CREATE ROLE "{name}" LOGIN')
                cur.execute(f'GRANT CREATE, CONNECT ON DATABASE "{dbname}" TO "{name}"')
        finally:
            conn.close()

    def psql(self, dbname, sql, user=None):
        """Run SQL with the psql client (as a separate program and session)."""
        psql = os.path.join(self.bindir, "psql")
        if not os.path.exists(psql):
            psql = shutil.which("psql")
        return subprocess.run(
            [
                psql,
                "-X",
                "-q",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                "127.0.0.1",
                "-p",
                str(self.port),
                "-U",
                user or self.superuser,
                "-d",
                dbname,
                "-c",
                sql,
            ],
            check=True,
            capture_output=True,
            text=True,
        )

    def require_password(self, role, password, dbname):
        """A login role that must give ``password`` (scram-sha-256) over TCP, while the other
        roles keep trust authentication."""
        conn = self.connect(dbname)
        try:
            with conn.cursor() as cur:
                cur.execute("SET password_encryption = 'scram-sha-256'")
                cur.execute(f'CREATE ROLE "{role}" LOGIN PASSWORD %s', (password,))
                cur.execute(f'GRANT CONNECT ON DATABASE "{dbname}" TO "{role}"')
        finally:
            conn.close()
        hba = os.path.join(self.data_dir, "pg_hba.conf")
        line = f"host all {role} 127.0.0.1/32 scram-sha-256\n"
        if os.geteuid() == 0:
            self._run(
                [
                    "sh",
                    "-c",
                    'printf \'%s\' "$1" | cat - "$2" > "$2.new" && mv "$2.new" "$2"',
                    "sh",
                    line,
                    hba,
                ]
            )
        else:
            with open(hba, encoding="utf-8") as handle:
                rest = handle.read()
            with open(hba, "w", encoding="utf-8") as handle:
                handle.write(line + rest)
        self._run([os.path.join(self.bindir, "pg_ctl"), "-D", self.data_dir, "reload"])
        time.sleep(0.5)
