// Search over regions and news, from the index written at build time.
// No dependencies; results are built with textContent, never innerHTML.
// Without JavaScript the page keeps its plain list of every region.
(function () {
  "use strict";
  var form = document.querySelector("form.search");
  if (!form) return;
  var input = form.querySelector("input[name=q]");
  var list = document.getElementById("hasil");
  var status = document.getElementById("hasil-status");
  var regions = document.getElementById("daftar-wilayah");
  var index = null;
  var loading = null;

  // Lower case, accents removed, so "Kendari" finds "kendari" and "é" finds "e".
  function fold(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function load() {
    if (!loading) {
      loading = fetch(form.getAttribute("data-index"))
        .then(function (response) { return response.json(); })
        .then(function (entries) {
          index = entries.map(function (e) {
            e.f = fold(e.t + " " + e.s + " " + e.x);
            return e;
          });
        });
    }
    return loading;
  }

  function show(query) {
    var words = fold(query).split(/\s+/).filter(Boolean);
    list.textContent = "";
    if (words.length === 0) {
      status.textContent = "";
      regions.hidden = false;
      return;
    }
    regions.hidden = true;
    var found = index.filter(function (e) {
      return words.every(function (w) { return e.f.indexOf(w) !== -1; });
    });
    status.textContent = found.length === 0
      ? "Tidak ada hasil untuk \u201c" + query + "\u201d."
      : found.length + " hasil untuk \u201c" + query + "\u201d" + (found.length > 50 ? ", 50 pertama ditampilkan." : ".");
    found.slice(0, 50).forEach(function (e) {
      var item = document.createElement("li");
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = e.k;
      var link = document.createElement("a");
      link.href = e.u;
      link.textContent = e.t;
      var excerpt = document.createElement("p");
      excerpt.textContent = e.s;
      item.appendChild(kind);
      item.appendChild(link);
      item.appendChild(excerpt);
      list.appendChild(item);
    });
  }

  function run() {
    var query = input.value;
    load().then(function () { show(query); }, function () {
      status.textContent = "Indeks pencarian tidak dapat dimuat.";
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
    run();
  });
  input.addEventListener("input", run);
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    run();
  }
})();
