//! HTTP on loopback with `tiny_http`, and the reload channel as
//! server-sent events.
//!
//! Why these: a dev server answers one person's browser, so a small
//! blocking server (four crates, no async runtime) is enough, and an
//! event stream needs no protocol upgrade or client library: the browser's
//! `EventSource` reconnects by itself. A few worker threads answer
//! requests, each with the deep stack rendering needs; each open tab's
//! event stream gets a thread of its own that waits for the next event.

use std::io::Write;
use std::net::{SocketAddr, TcpListener};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use super::live::{Live, State};
use super::respond::{self, Reply, EVENTS, PROBLEM};
use ikm_site::messages::{Lang, Message};
use ikm_site::msg;

/// Threads answering requests; an event stream moves to its own thread.
/// Two: one person's browser asks for a page and its charts at once, each
/// rendered in a millisecond or two, and every thread's allocator keeps
/// pages of its own (at national scale four threads took 11 MiB more at
/// the server's peak than two).
const WORKERS: usize = 2;
/// How often a worker looks whether the server is stopping.
const POLL: Duration = Duration::from_millis(200);
/// An idle event stream sends a comment this often, so a closed tab is
/// noticed and its thread ends.
const KEEP_ALIVE: Duration = Duration::from_secs(15);

/// What the reload channel says to every open tab.
#[derive(Debug, Clone)]
pub enum Event {
    /// The site was rebuilt: version `n` is served now.
    Reload(u64),
    /// A rebuild failed: the text is shown over the page.
    Problem(String),
}

impl Event {
    fn wire(&self) -> String {
        match self {
            Event::Reload(n) => format!("event: reload\ndata: {n}\n\n"),
            Event::Problem(text) => {
                let data = serde_json::json!({ "problem": text });
                format!("event: problem\ndata: {data}\n\n")
            }
        }
    }
}

/// The open event streams.
#[derive(Default)]
pub struct Hub {
    tabs: Mutex<Vec<Sender<Event>>>,
}

impl Hub {
    /// Sends `event` to every open stream, forgetting the closed ones.
    pub fn broadcast(&self, event: &Event) {
        let mut tabs = self.tabs.lock().unwrap_or_else(|e| e.into_inner());
        tabs.retain(|tab| tab.send(event.clone()).is_ok());
    }

    fn join(&self) -> Receiver<Event> {
        let (sender, receiver) = mpsc::channel();
        let mut tabs = self.tabs.lock().unwrap_or_else(|e| e.into_inner());
        tabs.push(sender);
        receiver
    }
}

/// Binds `address` (port 0 picks a free one). A port in use is a message
/// naming `--port`.
pub fn bind(address: SocketAddr) -> Result<TcpListener, Message> {
    TcpListener::bind(address).map_err(|error| match error.kind() {
        std::io::ErrorKind::AddrInUse => {
            msg!("serve-port-in-use", port = u32::from(address.port()))
        }
        _ => msg!(
            "serve-bind-failed",
            address = address.to_string(),
            error = ikm_site::messages::os_error(&error)
        ),
    })
}

/// The running server: stop it with [`Server::stop`].
pub struct Server {
    stopping: Arc<AtomicBool>,
    workers: Vec<JoinHandle<()>>,
}

impl Server {
    /// Starts answering on `listener` from `live`, telling tabs through
    /// `hub`, with texts in `lang`.
    pub fn start(
        listener: TcpListener,
        live: Arc<Live>,
        hub: Arc<Hub>,
        lang: Lang,
    ) -> Result<Server, Message> {
        let http = tiny_http::Server::from_listener(listener, None)
            .map_err(|e| msg!("serve-bind-failed", address = "-", error = e.to_string()))?;
        let http = Arc::new(http);
        let stopping = Arc::new(AtomicBool::new(false));
        let mut workers = Vec::new();
        for _ in 0..WORKERS {
            let (http, live, hub, stopping) =
                (http.clone(), live.clone(), hub.clone(), stopping.clone());
            let worker = std::thread::Builder::new()
                .name("serve".into())
                .stack_size(ikm_site::RENDER_STACK_BYTES)
                .spawn(move || {
                    while !stopping.load(Ordering::Relaxed) {
                        if let Ok(Some(request)) = http.recv_timeout(POLL) {
                            answer(request, &live, &hub, lang);
                        }
                    }
                })
                .map_err(|e| msg!("render-threads-failed", error = e.to_string()))?;
            workers.push(worker);
        }
        Ok(Server { stopping, workers })
    }

    /// Lets the requests being answered finish and stops.
    pub fn stop(self) {
        self.stopping.store(true, Ordering::Relaxed);
        for worker in self.workers {
            let _ = worker.join();
        }
    }
}

fn answer(request: tiny_http::Request, live: &Live, hub: &Hub, lang: Lang) {
    let target = request.url().to_string();
    let path = target.split('?').next().unwrap_or("");
    if path == EVENTS {
        // Joined before the state is read, so no event falls between.
        let events = hub.join();
        let first = first_events(&live.state(), lang);
        let writer = request.into_writer();
        // A stream lasts as long as its tab: its own thread, small stack.
        let _ = std::thread::Builder::new()
            .name("serve-events".into())
            .spawn(move || stream(writer, &first, &events));
        return;
    }
    if path == PROBLEM {
        let state = live.state();
        let body = serde_json::json!({
            "version": state.number,
            "problem": problem_text(&state, lang),
        });
        let reply = Reply::Body {
            status: 200,
            content_type: "application/json; charset=utf-8".into(),
            bytes: body.to_string().into_bytes().into(),
        };
        send(request, reply);
        return;
    }
    let reply = respond::respond(&live.state(), &target, lang);
    send(request, reply);
}

/// The problem as the terminal shows it, without colour.
pub fn problem_text(state: &State, lang: Lang) -> Option<String> {
    state.problem.as_ref().map(|error| error.shown(lang, false))
}

fn send(request: tiny_http::Request, reply: Reply) {
    let (response, header) = match reply {
        Reply::Redirect(location) => (
            tiny_http::Response::from_data(Vec::new()).with_status_code(308),
            ("Location", location),
        ),
        Reply::Body {
            status,
            content_type,
            bytes,
        } => (
            tiny_http::Response::from_data(bytes.to_vec()).with_status_code(status),
            ("Content-Type", content_type),
        ),
    };
    // Every reply is for this moment's version of the site.
    let mut response = response;
    for (name, value) in [header, ("Cache-Control", "no-store".to_string())] {
        if let Ok(header) = tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()) {
            response.add_header(header);
        }
    }
    let _ = request.respond(response);
}

/// What a tab hears on connecting: the version now, and the problem if
/// the last rebuild failed. Written out before the stream's thread starts,
/// so the thread holds text, not the version: a tab left open through
/// later edits kept the whole version it connected to alive (100 MiB of
/// its indices and renderer at desa scale).
fn first_events(state: &State, lang: Lang) -> String {
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\n";
    let mut first = format!(
        "{head}retry: 500\nevent: version\ndata: {}\n\n",
        state.number
    );
    if let Some(text) = problem_text(state, lang) {
        first.push_str(&Event::Problem(text).wire());
    }
    first
}

/// Writes the event stream of one tab: `first` (see [`first_events`]),
/// then every event until the tab goes.
fn stream(mut writer: Box<dyn Write + Send>, first: &str, events: &Receiver<Event>) {
    if writer
        .write_all(first.as_bytes())
        .and_then(|()| writer.flush())
        .is_err()
    {
        return;
    }
    loop {
        let text = match events.recv_timeout(KEEP_ALIVE) {
            Ok(event) => event.wire(),
            Err(mpsc::RecvTimeoutError::Timeout) => ": \n\n".to_string(),
            Err(mpsc::RecvTimeoutError::Disconnected) => return,
        };
        if writer
            .write_all(text.as_bytes())
            .and_then(|()| writer.flush())
            .is_err()
        {
            return;
        }
    }
}
