//! `ikm-site serve`: the real binary on a free port (`--port 0`), over a
//! temporary copy of the site fixture, talked to with plain HTTP over a
//! `TcpStream`. Every wait is on something the server says (a line on
//! stdout, an event on the reload channel) with a generous deadline, never
//! a sleep, so a loaded machine makes the tests slower, not flaky.

mod common;

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::{copy_tree, files_of, repo, site_fixture};

/// Long enough for a debug build of the fixture on a busy 2-core machine.
const PATIENCE: Duration = Duration::from_secs(120);

/// A running `serve`, stopped with Ctrl-C (SIGINT) when dropped.
struct Served {
    child: Child,
    /// `127.0.0.1:PORT`
    host: String,
    stdout: mpsc::Receiver<String>,
    dir: tempfile::TempDir,
}

impl Served {
    fn start() -> Served {
        let dir = tempfile::tempdir().unwrap();
        copy_tree(&site_fixture(), &dir.path().join("content"));
        Served::start_in(dir, &[])
    }

    fn start_in(dir: tempfile::TempDir, extra: &[&str]) -> Served {
        let mut child = Command::new(env!("CARGO_BIN_EXE_ikm-site"))
            .args(["serve", "--port", "0"])
            .args(extra)
            .current_dir(dir.path())
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let (sender, stdout) = mpsc::channel();
        let out = child.stdout.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(out).lines() {
                let Ok(line) = line else { return };
                if sender.send(line).is_err() {
                    return;
                }
            }
        });
        let first = stdout
            .recv_timeout(PATIENCE)
            .expect("serve printed no address");
        let url = first
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .unwrap_or_else(|| panic!("no address in {first:?}"));
        let host = url["http://".len()..]
            .split('/')
            .next()
            .unwrap()
            .to_string();
        assert_eq!(url, format!("http://{host}/ikm/"), "{first}");
        Served {
            child,
            host,
            stdout,
            dir,
        }
    }

    fn content(&self) -> PathBuf {
        self.dir.path().join("content")
    }

    fn get(&self, path: &str) -> Reply {
        get(&self.host, path)
    }

    fn events(&self) -> Events {
        Events::open(&self.host)
    }

    /// Ctrl-C, and what the server printed until it stopped.
    fn interrupt(&mut self) -> (Option<i32>, Vec<String>) {
        let status = Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        let deadline = Instant::now() + PATIENCE;
        let code = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status.code();
            }
            assert!(Instant::now() < deadline, "serve did not stop on Ctrl-C");
            std::thread::sleep(Duration::from_millis(20));
        };
        (code, self.stdout.try_iter().collect())
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[derive(Debug)]
struct Reply {
    status: u16,
    headers: BTreeMap<String, String>,
    body: Vec<u8>,
}

impl Reply {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    fn header(&self, name: &str) -> &str {
        self.headers.get(name).map_or("", String::as_str)
    }
}

/// One GET with `Connection: close`, read to the end.
fn get(host: &str, path: &str) -> Reply {
    let mut stream = TcpStream::connect(host).unwrap();
    stream.set_read_timeout(Some(PATIENCE)).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.lines();
    let status = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    Reply {
        status,
        headers,
        body: raw[split + 4..].to_vec(),
    }
}

/// The reload channel, read one event at a time.
struct Events {
    reader: BufReader<TcpStream>,
    /// When waiting for an event gives up: the channel's keep-alive
    /// comments would otherwise keep a read waiting for ever.
    deadline: Instant,
}

impl Events {
    fn open(host: &str) -> Events {
        let mut stream = TcpStream::connect(host).unwrap();
        stream.set_read_timeout(Some(PATIENCE)).unwrap();
        write!(
            stream,
            "GET /__ikm-site/events HTTP/1.1\r\nHost: {host}\r\nAccept: text/event-stream\r\n\r\n"
        )
        .unwrap();
        let mut reader = BufReader::new(stream);
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        assert!(line.starts_with("HTTP/1.1 200"), "{line}");
        let mut head = String::new();
        while line != "\r\n" {
            line.clear();
            reader.read_line(&mut line).unwrap();
            head.push_str(&line);
        }
        assert!(
            head.to_ascii_lowercase()
                .contains("content-type: text/event-stream"),
            "{head}"
        );
        Events {
            reader,
            deadline: Instant::now() + PATIENCE,
        }
    }

    /// The next event (name and data), skipping comments and `retry:`.
    fn next(&mut self) -> (String, String) {
        let (mut name, mut data) = (String::new(), String::new());
        loop {
            assert!(
                Instant::now() < self.deadline,
                "no event within {PATIENCE:?}"
            );
            let mut line = String::new();
            let read = self.reader.read_line(&mut line).unwrap();
            assert!(read > 0, "the reload channel closed");
            let line = line.trim_end_matches(['\r', '\n']);
            if line.is_empty() {
                if !name.is_empty() {
                    return (name, data);
                }
                continue;
            }
            if let Some(rest) = line.strip_prefix("event: ") {
                name = rest.to_string();
            } else if let Some(rest) = line.strip_prefix("data: ") {
                data = rest.to_string();
            }
        }
    }

    /// Skips events until one named `name`, and gives its data.
    fn until(&mut self, name: &str) -> String {
        self.deadline = Instant::now() + PATIENCE;
        loop {
            let (found, data) = self.next();
            if found == name {
                return data;
            }
        }
    }
}

/// `file` under the served content with `from` replaced by `to`,
/// asserting the edit happened.
fn edit(content: &Path, file: &str, from: &str, to: &str) {
    let path = content.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} has no {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

/// The attribute that marks the script `serve` injects (src/serve/respond.rs).
const MARKER: &str = "data-ikm-site-serve";

const LEBAK: &str = "regions/banten/lebak.yaml";

#[test]
fn an_edit_is_served_and_signalled_and_nothing_is_written() {
    let mut served = Served::start();
    let before = files_of(served.dir.path());
    let page = served.get("/ikm/wilayah/lebak/");
    assert_eq!(page.status, 200);
    assert!(page.text().contains(MARKER));
    assert!(!page.text().contains("Kerajinan anyaman pandan"));

    let mut events = served.events();
    let version = events.until("version");
    edit(
        &served.content(),
        LEBAK,
        "summary: |\n",
        "summary: |\n  Kerajinan anyaman pandan dari Lebak.\n",
    );
    let reloaded = events.until("reload");
    assert!(reloaded.parse::<u64>().unwrap() > version.parse::<u64>().unwrap());
    let page = served.get("/ikm/wilayah/lebak/");
    assert_eq!(page.status, 200);
    assert!(page.text().contains("Kerajinan anyaman pandan"));
    // The page carries the version it came from, so a tab that loaded
    // it during the rebuild reloads on connecting.
    assert!(page
        .text()
        .contains(&format!("data-version=\"{reloaded}\"")));

    let (code, lines) = served.interrupt();
    assert_eq!(code, Some(0));
    assert!(
        lines
            .iter()
            .any(|l| l.contains("lebak.yaml berubah: tab dimuat ulang setelah")),
        "{lines:?}"
    );
    assert_eq!(lines.last().map(String::as_str), Some("Berhenti."));
    // Only the edited file changed: no public/, no staging folder.
    let mut after = files_of(served.dir.path());
    after.remove(&format!("content/{LEBAK}"));
    let mut before = before;
    before.remove(&format!("content/{LEBAK}"));
    assert_eq!(
        after.keys().collect::<Vec<_>>(),
        before.keys().collect::<Vec<_>>()
    );
}

#[test]
fn a_broken_edit_keeps_the_last_page_and_shows_the_problem_until_fixed() {
    let served = Served::start();
    let mut events = served.events();
    events.until("version");
    let good = served.get("/ikm/wilayah/lebak/").text();

    edit(
        &served.content(),
        LEBAK,
        "level: kabupaten",
        "level: kabupatn",
    );
    let data = events.until("problem");
    let problem: serde_json::Value = serde_json::from_str(&data).unwrap();
    let text = problem["problem"].as_str().unwrap();
    assert!(
        text.starts_with(
            "kesalahan: content/regions/banten/lebak.yaml:4:8: tingkat `kabupatn` tidak dikenal"
        ),
        "{text}"
    );
    assert!(text.contains("4 | level: kabupatn\n  |        ^"), "{text}");
    assert!(text.contains("= saran: maksud Anda `kabupaten`?"), "{text}");

    // The overlay's text is also there to fetch, and the last good page is
    // still served (only its version stamp moves on).
    let asked: serde_json::Value =
        serde_json::from_str(&served.get("/__ikm-site/problem").text()).unwrap();
    assert_eq!(asked["problem"].as_str(), Some(text));
    let still = served.get("/ikm/wilayah/lebak/");
    assert_eq!(still.status, 200);
    let unstamped = |page: &str| {
        let at = page.find("data-version=\"").unwrap();
        let end = page[at + 14..].find('"').unwrap() + at + 14;
        format!("{}{}", &page[..at], &page[end..])
    };
    assert_eq!(unstamped(&still.text()), unstamped(&good));

    edit(
        &served.content(),
        LEBAK,
        "level: kabupatn",
        "level: kabupaten",
    );
    events.until("reload");
    let asked: serde_json::Value =
        serde_json::from_str(&served.get("/__ikm-site/problem").text()).unwrap();
    assert!(asked["problem"].is_null(), "{asked}");
}

/// What `serve` sends is what `build` writes, file for file, except for
/// the script in HTML pages; addresses behave as on GitHub Pages.
#[test]
fn paths_statuses_and_content_types_are_those_of_github_pages() {
    let served = Served::start();
    let built = common::build_into_temp(&served.content(), None);
    let files = built.files();

    for (path, to) in [
        ("/", "/ikm/"),
        ("/ikm", "/ikm/"),
        ("/ikm/wilayah", "/ikm/wilayah/"),
        ("/ikm/wilayah/lebak?x=1", "/ikm/wilayah/lebak/"),
    ] {
        let reply = served.get(path);
        assert_eq!(
            (reply.status, reply.header("location")),
            (308, to),
            "{path}"
        );
    }

    let missing = served.get("/ikm/wilayah/tidak-ada/");
    assert_eq!(missing.status, 404);
    let not_found = String::from_utf8(files["404.html"].clone()).unwrap();
    assert_eq!(without_script(&missing.text()), not_found);
    assert_eq!(served.get("/lain/").status, 404);

    let mut seen = BTreeMap::new();
    for (file, bytes) in files
        .iter()
        .filter(|(f, _)| *f != ikm_site::sink::STAMP_FILE)
    {
        let extension = file.rsplit_once('.').map_or("", |(_, e)| e);
        if seen.contains_key(extension) {
            continue;
        }
        let reply = served.get(&format!("/ikm/{file}"));
        assert_eq!(reply.status, 200, "{file}");
        if extension == "html" {
            assert_eq!(
                without_script(&reply.text()).as_bytes(),
                &bytes[..],
                "{file}"
            );
        } else {
            assert_eq!(&reply.body, bytes, "{file}");
        }
        seen.insert(
            extension.to_string(),
            reply.header("content-type").to_string(),
        );
    }
    for (extension, expected) in [
        ("html", "text/html; charset=utf-8"),
        ("css", "text/css; charset=utf-8"),
        ("js", "text/javascript; charset=utf-8"),
        ("svg", "image/svg+xml"),
        ("json", "application/json; charset=utf-8"),
        ("csv", "text/csv; charset=utf-8"),
        ("xml", "text/xml; charset=utf-8"),
        ("txt", "text/plain; charset=utf-8"),
    ] {
        assert_eq!(
            seen.get(extension).map(String::as_str),
            Some(expected),
            "{extension}"
        );
    }
}

/// The page without the script `serve` put before `</body>`.
fn without_script(page: &str) -> String {
    let at = page.find(&format!("<script {MARKER}")).unwrap();
    let end = page[at..].find("</script>\n").unwrap() + at + "</script>\n".len();
    format!("{}{}", &page[..at], &page[end..])
}

#[test]
fn build_output_has_no_trace_of_the_reload_script() {
    let built = common::build_into_temp(&site_fixture(), None);
    for (file, bytes) in built.files() {
        let text = String::from_utf8_lossy(&bytes);
        for trace in [MARKER, "__ikm-site", "EventSource"] {
            assert!(!text.contains(trace), "{file} holds {trace}");
        }
    }
}

#[test]
fn a_port_in_use_names_the_port_option() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&site_fixture(), &dir.path().join("content"));
    for (lang, expected) in [
        ("id", format!("kesalahan: port {port} sudah dipakai program lain; tutup program itu, atau pilih port lain dengan `--port`, misalnya `--port 1112` (`--port 0` memilih port yang bebas)\n")),
        ("en", format!("error: port {port} is already used by another program; close that program, or choose another port with `--port`, e.g. `--port 1112` (`--port 0` picks a free one)\n")),
    ] {
        let output = Command::new(env!("CARGO_BIN_EXE_ikm-site"))
            .args(["serve", "--port", &port, "--lang", lang])
            .current_dir(dir.path())
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1));
        assert_eq!(String::from_utf8_lossy(&output.stderr), expected);
        assert!(output.stdout.is_empty());
    }
}

/// `--verbose` says, after each rebuild, where its time went: reading and
/// checking the content, the route table, finding the affected files and
/// rendering them.
#[test]
fn verbose_says_where_the_time_of_a_rebuild_went() {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&site_fixture(), &dir.path().join("content"));
    let mut served = Served::start_in(dir, &["--verbose"]);
    let mut events = served.events();
    events.until("version");
    edit(
        &served.content(),
        LEBAK,
        "summary: |\n",
        "summary: |\n  Kerajinan anyaman pandan dari Lebak.\n",
    );
    events.until("reload");
    // The rendering is timed once the files are rendered, after the
    // reload: the page asked for now waits on nothing else.
    served.get("/ikm/wilayah/lebak/");
    let (code, lines) = served.interrupt();
    assert_eq!(code, Some(0));
    let phases = lines
        .iter()
        .find(|l| l.starts_with("membaca dan memeriksa "))
        .unwrap_or_else(|| panic!("{lines:?}"));
    for part in [
        "ms, tabel rute ",
        "ms, mencari berkas yang terdampak ",
        "ms, merender ",
    ] {
        assert!(phases.contains(part), "{phases}");
    }
}

/// A `templates/` folder made while serving, with an override written
/// into it at once (before its watch can exist), is followed: the pages
/// reload with the override, and a later edit in it is seen too.
#[test]
fn a_templates_folder_made_while_serving_is_watched() {
    let served = Served::start();
    let theme = served.content().parent().unwrap().join("templates");
    assert!(!theme.exists());
    let mut events = served.events();
    events.until("version");
    let default = std::fs::read_to_string(repo().join("templates/region.html")).unwrap();
    let with = |word: &str| default.replacen("<h1>", &format!("<h1>{word} "), 1);
    std::fs::create_dir(&theme).unwrap();
    std::fs::write(theme.join("region.html"), with("Timpaan")).unwrap();
    events.until("reload");
    let page = served.get("/ikm/wilayah/lebak/");
    assert!(
        page.text().contains("Timpaan"),
        "the override is not served"
    );

    std::fs::write(theme.join("region.html"), with("Ganti")).unwrap();
    events.until("reload");
    let page = served.get("/ikm/wilayah/lebak/");
    assert!(page.text().contains("Ganti") && !page.text().contains("Timpaan"));
}
