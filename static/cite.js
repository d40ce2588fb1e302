// Copy buttons of the "Cara mengutip" block (templates/macros.html,
// src/render/citation.rs). Without JavaScript the buttons stay `hidden`
// and the citation is plain, selectable text, so no dead button is shown.
// The button copies what the page shows (the <pre> its data-copy names);
// the status line, read out through aria-live, takes its words from the
// block's data-copied / data-select, so they stay in the template.
(function () {
  "use strict";
  var blocks = document.querySelectorAll(".cite");
  if (!blocks.length) return;

  function selectText(node) {
    var range = document.createRange();
    range.selectNodeContents(node);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  // The older way, for a page served over plain http (no clipboard API)
  // or a browser that refuses it: copy the selection.
  function copySelection(node) {
    selectText(node);
    var done = false;
    try {
      done = document.execCommand("copy");
    } catch (e) {
      done = false;
    }
    return done ? Promise.resolve() : Promise.reject(new Error("copy"));
  }

  function copy(node) {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      return navigator.clipboard.writeText(node.textContent).catch(function () {
        return copySelection(node);
      });
    }
    return copySelection(node);
  }

  Array.prototype.forEach.call(blocks, function (block) {
    var status = block.querySelector(".cite-status");
    var buttons = block.querySelectorAll("button[data-copy]");
    Array.prototype.forEach.call(buttons, function (button) {
      var source = document.getElementById(button.getAttribute("data-copy"));
      if (!source) return;
      button.hidden = false;
      button.addEventListener("click", function () {
        copy(source).then(
          function () {
            say(block.getAttribute("data-copied"));
          },
          function () {
            // Nothing reached the clipboard: leave the text selected for
            // the reader's own Ctrl+C and say so.
            selectText(source);
            say(block.getAttribute("data-select"));
          }
        );
      });
    });

    // Emptied first, so a second copy is announced again.
    function say(text) {
      if (!status) return;
      status.textContent = "";
      window.setTimeout(function () {
        status.textContent = text;
      }, 50);
    }
  });
})();
