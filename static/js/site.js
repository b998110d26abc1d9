/* The header's menu is a <details> disclosure that works without this script. On wide screens
   the stylesheet shows its content where ::details-content is supported; this opens it for
   the other browsers, closes it again on phones, and lets Escape close it. */
(function () {
    "use strict";
    var menu = document.querySelector("[data-site-menu]");
    if (!menu || !window.matchMedia) {
        return;
    }
    var wide = window.matchMedia("(min-width: 60em)");
    function fit() {
        menu.open = wide.matches;
    }
    fit();
    if (wide.addEventListener) {
        wide.addEventListener("change", fit);
    }
    menu.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && menu.open && !wide.matches) {
            menu.open = false;
            menu.querySelector("summary").focus();
        }
    });
})();
