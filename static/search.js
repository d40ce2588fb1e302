// Search over regions and news from the files written at build time
// (src/render/search.rs): a manifest, word shards and entry chunks, so a
// query downloads a bounded amount at any size of site. No dependencies;
// results are built with textContent, never innerHTML. Without JavaScript
// the page keeps its plain list of regions.
(function () {
  "use strict";
  var form = document.querySelector("form.search");
  if (!form) return;
  var input = form.querySelector("input[name=q]");
  var list = document.getElementById("hasil");
  var status = document.getElementById("hasil-status");
  var more = document.getElementById("hasil-lagi");
  var regions = document.getElementById("daftar-wilayah");
  var manifestUrl = form.getAttribute("data-index");
  var files = {};
  var latest = 0;
  var found = [];
  var shown = 0;

  // Every file is revalidated with the server (a 304 when unchanged):
  // the manifest, shards and chunks of one build go together, and a
  // browser holding some of an earlier build's for their cache lifetime
  // (ten minutes on GitHub Pages) would mix two builds' entry numbers.
  function get(url) {
    if (!files[url]) {
      files[url] = fetch(url, { cache: "no-cache" }).then(function (response) {
        if (!response.ok) throw new Error(url);
        return response.json();
      });
    }
    return files[url];
  }

  // The folding of src/render/search.rs: accents removed, lower case,
  // split at anything but a-z and 0-9, words of two characters or more.
  function words(text) {
    var folded = text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    var seen = new Set();
    return folded.split(/[^a-z0-9]+/).filter(function (w) {
      if (w.length < 2 || seen.has(w)) return false;
      seen.add(w);
      return true;
    });
  }

  // The shards that can hold a word starting with `q`. Shard names never
  // prefix one another; `KEY_` holds only the word KEY itself.
  function shardsFor(keys, q) {
    return keys.filter(function (k) {
      if (k.charAt(k.length - 1) === "_") return k.slice(0, -1).indexOf(q) === 0;
      return k.indexOf(q) === 0 || q.indexOf(k) === 0;
    });
  }

  // How many different shards a plan fetches.
  function distinct(plan) {
    var keys = new Set();
    plan.forEach(function (list) { list.forEach(function (k) { keys.add(k); }); });
    return keys.size;
  }

  // The entries holding a word that starts with `q`, those with it in
  // their title, and whether a word was too common to list all entries.
  function postings(shards, q, exact) {
    var ids = new Set();
    var titled = new Set();
    var capped = false;
    shards.forEach(function (shard) {
      Object.keys(shard).forEach(function (word) {
        if (exact ? word !== q : word.indexOf(q) !== 0) return;
        var list = shard[word];
        var n = 0;
        for (var i = 1; i < list.length; i++) {
          n += list[i];
          ids.add(n >> 1);
          if (n & 1) titled.add(n >> 1);
        }
        if (list[0] > list.length - 1) capped = true;
      });
    });
    return { ids: ids, titled: titled, capped: capped };
  }

  function number(n) {
    return n.toLocaleString("id-ID");
  }

  function say(text) {
    status.textContent = text;
  }

  function search(query, ticket) {
    var qs = words(query);
    list.textContent = "";
    more.hidden = true;
    more.disabled = false;
    found = [];
    shown = 0;
    if (qs.length === 0) {
      say(query.trim() ? "Ketik paling sedikit dua huruf." : "");
      regions.hidden = false;
      return Promise.resolve();
    }
    regions.hidden = true;
    return get(manifestUrl).then(function (manifest) {
      if (ticket !== latest) return;
      var plan = qs.map(function (q) { return shardsFor(manifest.shards, q); });
      var exact = qs.map(function () { return false; });
      // Too many shards: a word that is a whole indexed word of its own
      // (`di`, `10`) is matched as that word only, from its one shard.
      if (distinct(plan) > manifest.max_shards) {
        qs.forEach(function (q, i) {
          if (plan[i].length > 1 && manifest.shards.indexOf(q + "_") !== -1) {
            plan[i] = [q + "_"];
            exact[i] = true;
          }
        });
      }
      if (distinct(plan) > manifest.max_shards) {
        var broad = qs.filter(function (q, i) { return plan[i].length > 1; });
        say(broad.length
          ? "Ketik lebih banyak huruf: \u201c" + broad[0] + "\u201d cocok dengan terlalu banyak kata."
          : "Terlalu banyak kata sekaligus; kurangi kata pencarian.");
        return;
      }
      return Promise.all(plan.map(function (keys) {
        return Promise.all(keys.map(function (k) { return get(manifest.shard_url.replace("{}", k)); }));
      })).then(function (shardsPerWord) {
        if (ticket !== latest) return;
        var sets = qs.map(function (q, i) { return postings(shardsPerWord[i], q, exact[i]); });
        sets.sort(function (a, b) { return a.ids.size - b.ids.size; });
        // Entries with every word in their title first, each group in
        // entry order.
        var rank = function (id) {
          return sets.every(function (s) { return s.titled.has(id); }) ? 0 : 1;
        };
        found = Array.from(sets[0].ids).filter(function (id) {
          return sets.every(function (s) { return s.ids.has(id); });
        }).sort(function (a, b) { return rank(a) - rank(b) || a - b; });
        var capped = sets.some(function (s) { return s.capped; });
        var text = found.length === 0
          ? "Tidak ada hasil untuk \u201c" + query + "\u201d."
          : number(found.length) + " hasil untuk \u201c" + query + "\u201d.";
        if (capped) {
          // A word too common to list every entry: what is found is only
          // among the first entries holding it.
          text = (found.length === 0 ? "Tidak ada hasil" : "Sedikitnya " + number(found.length) + " hasil") +
            " untuk \u201c" + query + "\u201d di antara entri pertama yang memuat kata yang sangat umum; tambahkan kata lain untuk mempersempit.";
        }
        say(text);
        return showMore(manifest, ticket);
      });
    });
  }

  // Shows the next results, fetching only the chunks they are in.
  function showMore(manifest, ticket) {
    var next = found.slice(shown, shown + manifest.shown);
    // Counted at once, so a second click before the chunks arrive shows
    // the results after these, not these again.
    shown += next.length;
    more.disabled = true;
    var chunks = {};
    next.forEach(function (id) { chunks[Math.floor(id / manifest.chunk)] = true; });
    return Promise.all(Object.keys(chunks).map(function (c) {
      return get(manifest.chunk_url.replace("{}", c)).then(function (rows) { chunks[c] = rows; });
    })).then(function () {
      if (ticket !== latest) return;
      next.forEach(function (id) {
        var e = chunks[Math.floor(id / manifest.chunk)][id % manifest.chunk];
        var item = document.createElement("li");
        var kind = document.createElement("span");
        kind.className = "kind";
        kind.textContent = e[2];
        var link = document.createElement("a");
        link.href = e[1];
        link.textContent = e[0];
        var excerpt = document.createElement("p");
        excerpt.textContent = e[3];
        item.appendChild(kind);
        item.appendChild(link);
        item.appendChild(excerpt);
        list.appendChild(item);
      });
      more.disabled = false;
      more.hidden = shown >= found.length;
    });
  }

  function run() {
    latest += 1;
    var ticket = latest;
    search(input.value, ticket).catch(function () {
      if (ticket === latest) say("Indeks pencarian tidak dapat dimuat.");
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
    run();
  });
  more.addEventListener("click", function () {
    var ticket = latest;
    get(manifestUrl).then(function (manifest) { return showMore(manifest, ticket); });
  });
  input.addEventListener("input", run);
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    run();
  }
})();
