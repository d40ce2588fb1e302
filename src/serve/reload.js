(function () {
  // Added by `ikm-site serve` only, never by `build`. It listens on the
  // reload channel: when the site has been rebuilt the tab reloads and
  // keeps its scroll position; when a rebuild failed the problem is shown
  // over the last good page, as text, until an edit fixes it.
  var me = document.currentScript;
  var key = "ikm-site-serve-scroll:" + location.pathname;
  var saved = sessionStorage.getItem(key);
  if (saved !== null) {
    sessionStorage.removeItem(key);
    var back = function () { window.scrollTo(0, Number(saved)); };
    back();
    addEventListener("load", back);
  }
  var overlay = null;
  function show(text) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "ikm-site-serve-overlay";
      overlay.setAttribute("role", "alertdialog");
      overlay.setAttribute("aria-label", me.dataset.title);
      overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;background:rgba(20,20,20,.72);overflow:auto;padding:1rem;box-sizing:border-box;font:16px/1.5 system-ui,sans-serif";
      var box = document.createElement("div");
      box.style.cssText = "max-width:60rem;margin:0 auto;background:#fff;color:#1a1a1a;border-top:6px solid #b00020;border-radius:6px;padding:1rem 1.25rem;box-shadow:0 4px 24px rgba(0,0,0,.4)";
      var title = document.createElement("h2");
      title.textContent = me.dataset.title;
      title.style.cssText = "margin:0 0 .5rem;padding:0;border:0;font-size:1.25rem;line-height:1.3;color:#b00020";
      var help = document.createElement("p");
      help.textContent = me.dataset.help;
      help.style.cssText = "margin:0 0 .75rem";
      var pre = document.createElement("pre");
      pre.id = "ikm-site-serve-problem";
      pre.tabIndex = 0; // a very long line may still scroll: reachable by keyboard
      pre.style.cssText = "margin:0;padding:.75rem;background:#f4f4f4;color:#1a1a1a;border-radius:4px;overflow:auto;white-space:pre-wrap;overflow-wrap:anywhere;font:14px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace";
      var close = document.createElement("button");
      close.type = "button";
      close.textContent = me.dataset.close;
      close.style.cssText = "margin-top:.75rem;font:inherit;padding:.4rem .9rem;min-height:44px";
      close.addEventListener("click", function () { overlay.remove(); });
      box.append(title, help, pre, close);
      overlay.append(box);
    }
    overlay.querySelector("pre").textContent = text;
    document.body.append(overlay);
  }
  function reload() {
    sessionStorage.setItem(key, String(window.scrollY));
    location.reload();
  }
  var events = new EventSource(me.dataset.events);
  // The version the server has now: a page from an older one reloads,
  // so an edit made while this page was loading is not missed.
  events.addEventListener("version", function (e) {
    if (e.data !== me.dataset.version) reload();
  });
  events.addEventListener("reload", reload);
  events.addEventListener("problem", function (e) {
    show(JSON.parse(e.data).problem);
  });
})();
