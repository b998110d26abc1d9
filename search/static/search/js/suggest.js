/* Suggestions while typing, for every search box marked with data-suggest (the address of
   /api/search/suggest/). The box becomes an ARIA 1.2 combobox with a list of suggestions:
   Down and Up move through it, Enter follows the highlighted one (or submits the form as
   typed when none is), Escape closes it, and a live region says how many there are. Without
   this script the box is a plain search field of its form. */
(function () {
    "use strict";
    if (!window.fetch || !document.querySelectorAll) {
        return;
    }
    var DELAY = 200; // ms after the last key: one request a pause, not one a letter
    var MIN_LENGTH = 2; // the API offers nothing for shorter text

    function enhance(input, number) {
        if (input.hasAttribute("data-suggest-ready")) {
            return;
        }
        input.setAttribute("data-suggest-ready", "");
        var form = input.form;
        var listId = (input.id || "search-" + number) + "-suggestions";
        var list = document.createElement("ul");
        list.id = listId;
        list.className = "suggest-list";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", input.getAttribute("data-suggest-label") || "Suggestions");
        list.hidden = true;
        var status = document.createElement("div");
        status.className = "visually-hidden";
        status.setAttribute("role", "status");
        input.insertAdjacentElement("afterend", list);
        list.insertAdjacentElement("afterend", status);
        if (form) {
            form.classList.add("suggest-host");
        }

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listId);
        // The browser's own history list would cover ours.
        input.setAttribute("autocomplete", "off");

        var items = [];
        var active = -1;
        var timer = null;
        var pending = null;
        var asked = "";

        function say(count) {
            var message;
            if (count === 0) {
                message = input.getAttribute("data-suggest-none") || "No suggestions.";
            } else if (count === 1) {
                message = input.getAttribute("data-suggest-one") || "1 suggestion.";
            } else {
                message = (input.getAttribute("data-suggest-many") || "%s suggestions.").replace(
                    "%s",
                    String(count)
                );
            }
            status.textContent = message;
        }

        function place() {
            // Under the box, at least as wide as it, within their positioned ancestor (the
            // form at least: .suggest-host).
            var parent = input.offsetParent;
            list.style.top = input.offsetTop + input.offsetHeight + "px";
            list.style.left = input.offsetLeft + "px";
            var room = parent ? parent.clientWidth - input.offsetLeft : input.offsetWidth;
            list.style.width = Math.max(input.offsetWidth, Math.min(room, 320)) + "px";
        }

        function highlight(index) {
            var options = list.children;
            for (var n = 0; n < options.length; n++) {
                var on = n === index;
                options[n].setAttribute("aria-selected", on ? "true" : "false");
                options[n].classList.toggle("is-active", on);
            }
            active = index;
            if (index >= 0) {
                input.setAttribute("aria-activedescendant", options[index].id);
                if (options[index].scrollIntoView) {
                    options[index].scrollIntoView({ block: "nearest" });
                }
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }

        function close() {
            list.hidden = true;
            input.setAttribute("aria-expanded", "false");
            highlight(-1);
        }

        function open() {
            if (!items.length) {
                return;
            }
            place();
            list.hidden = false;
            input.setAttribute("aria-expanded", "true");
        }

        function follow(index) {
            var item = items[index];
            if (item) {
                close();
                window.location.assign(item.url);
            }
        }

        function show(suggestions) {
            items = suggestions;
            list.textContent = "";
            active = -1;
            suggestions.forEach(function (item, index) {
                var option = document.createElement("li");
                option.id = listId + "-" + index;
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.className = "suggest-list__option";
                option.textContent = item.text;
                if (item.kind === "term") {
                    var kind = document.createElement("span");
                    kind.className = "suggest-list__kind";
                    kind.textContent = input.getAttribute("data-suggest-term") || "Topic";
                    option.appendChild(document.createTextNode(" "));
                    option.appendChild(kind);
                }
                // Keep the focus in the box: the click follows the suggestion.
                option.addEventListener("mousedown", function (event) {
                    event.preventDefault();
                });
                option.addEventListener("click", function () {
                    follow(index);
                });
                list.appendChild(option);
            });
            say(suggestions.length);
            if (suggestions.length) {
                open();
            } else {
                close();
            }
        }

        function ask() {
            var text = input.value.trim();
            if (text.length < MIN_LENGTH) {
                asked = text;
                items = [];
                list.textContent = "";
                status.textContent = "";
                close();
                return;
            }
            if (text === asked) {
                open();
                return;
            }
            asked = text;
            if (pending && pending.abort) {
                pending.abort();
            }
            pending = window.AbortController ? new AbortController() : null;
            var address = input.getAttribute("data-suggest");
            var lang = input.getAttribute("data-suggest-lang");
            address +=
                (address.indexOf("?") < 0 ? "?" : "&") +
                "q=" +
                encodeURIComponent(text) +
                (lang ? "&lang=" + encodeURIComponent(lang) : "");
            fetch(address, {
                credentials: "same-origin",
                headers: { Accept: "application/json" },
                signal: pending ? pending.signal : undefined,
            })
                .then(function (response) {
                    return response.ok ? response.json() : { suggestions: [] };
                })
                .then(function (data) {
                    // An answer to older text than the box holds now is dropped.
                    if (text === input.value.trim() && document.activeElement === input) {
                        show(data.suggestions || []);
                    }
                })
                .catch(function () {
                    // Offline or aborted: the box stays a plain search field.
                });
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(ask, DELAY);
        });

        input.addEventListener("keydown", function (event) {
            var expanded = !list.hidden;
            if (event.key === "ArrowDown" || event.key === "Down") {
                event.preventDefault();
                if (!expanded) {
                    open();
                    if (list.hidden) {
                        ask();
                    }
                    return;
                }
                highlight(active + 1 < items.length ? active + 1 : 0);
            } else if (event.key === "ArrowUp" || event.key === "Up") {
                if (!expanded) {
                    return;
                }
                event.preventDefault();
                highlight(active > 0 ? active - 1 : items.length - 1);
            } else if (event.key === "Enter") {
                if (expanded && active >= 0) {
                    event.preventDefault();
                    follow(active);
                }
            } else if (event.key === "Escape" || event.key === "Esc") {
                if (expanded) {
                    // Only the list closes: not the text (a search field's Escape clears
                    // it), nor the header's menu around the box.
                    event.preventDefault();
                    event.stopPropagation();
                    close();
                }
            }
        });

        input.addEventListener("blur", function () {
            close();
        });

        window.addEventListener("resize", function () {
            if (!list.hidden) {
                place();
            }
        });
    }

    var inputs = document.querySelectorAll("input[data-suggest]");
    for (var n = 0; n < inputs.length; n++) {
        enhance(inputs[n], n);
    }
})();
