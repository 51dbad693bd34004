package org.pmosuite.sandbox.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.pmosuite.sandbox.security.XssPayloads.Payload;

/**
 * What the XSS corpus looks for in a loaded page, in its frames too: a payload's marker in {@code window.__xss}
 * (it ran), an event handler attribute or a script element that calls {@code __xss} (it was injected, even if
 * nothing fired it yet), a {@code javascript:}, {@code vbscript:} or {@code data:text/html} URL in a link, source or
 * form action, and the text of an evaluated template form. It also says which payloads the page shows as text, so
 * that a page that showed none of them cannot pass unseen.
 */
final class XssProbe {

    /** Run first in every document: the marker array, and a count of the page's fetches not yet read to the end. */
    static final String INSTALL = """
            (function () {
                if (!Array.isArray(window.__xss)) {
                    window.__xss = [];
                }
                if (window.fetch && window.__xssOpenFetches === undefined) {
                    var original = window.fetch;
                    window.__xssOpenFetches = 0;
                    window.fetch = function () {
                        window.__xssOpenFetches++;
                        var settle = function () {
                            window.__xssOpenFetches--;
                        };
                        return original.apply(this, arguments).then(function (response) {
                            return response.clone().text().then(function () {
                                settle();
                                return response;
                            }, function () {
                                settle();
                                return response;
                            });
                        }, function (failure) {
                            settle();
                            throw failure;
                        });
                    };
                }
            })();
            """;

    /**
     * Whether the page is done: parsed, its images and its frames' loaded or failed, no fetch open, and each of the
     * app's views that is on the page says it has loaded (its {@code data-loaded} or {@code data-state}).
     */
    private static final String SETTLED = """
            var d = document;
            if (d.readyState !== 'complete' || window.__xssOpenFetches > 0) {
                return false;
            }
            var documents = [d];
            for (var w = 0; w < window.frames.length; w++) {
                try {
                    documents.push(window.frames[w].document);
                } catch (crossOrigin) {
                    // nothing to wait for that the probe could read
                }
            }
            for (var n = 0; n < documents.length; n++) {
                for (var i = 0; i < documents[n].images.length; i++) {
                    if (!documents[n].images[i].complete) {
                        return false;
                    }
                }
            }
            function loaded(present, done) {
                return !d.querySelector(present) || !!d.querySelector(done);
            }
            var frames = d.querySelectorAll('#dashboard [data-gadget-id]');
            for (var f = 0; f < frames.length; f++) {
                var state = frames[f].getAttribute('data-state');
                var views = frames[f].querySelectorAll('[data-loaded]');
                if ((state !== 'view' && state !== 'edit') || views.length === 0) {
                    return false;
                }
                for (var v = 0; v < views.length; v++) {
                    if (views[v].getAttribute('data-loaded') === 'loading') {
                        return false;
                    }
                }
            }
            return loaded('#pmo-raid-heatmap', '#pmo-raid-heatmap[data-loaded]')
                && loaded('#pmo-raid-log-table', '#pmo-raid-log-table[data-loaded]')
                && loaded('#pmo-raid-log-heatmap', '#pmo-raid-log-heatmap[data-loaded]')
                && loaded('#pmo-raid-owners', '#pmo-raid-owners[data-loaded]')
                && loaded('#pmo-raid-setup', '#pmo-raid-setup:not([data-loaded="false"])')
                && loaded('#pmo-raid-matrix-form', '#pmo-raid-matrix-form[data-loaded]:not([data-loaded="saving"])')
                && loaded('#pmo-raid-entry-editor', '#pmo-raid-entry-editor:not([data-state="loading"])'
                    + ':not([data-state="saving"])');
            """;

    private static final String PROBE = """
            var texts = arguments[0];
            var evaluatedForms = arguments[1];
            var found = {ran: [], handlers: [], scripts: [], urls: [], evaluated: [], shown: [],
                installed: Array.isArray(window.__xss) && window.__xssOpenFetches !== undefined};
            var URLS = ['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'ping',
                'cite', 'srcset'];
            function dangerous(url) {
                var plain = String(url).replace(/[\\u0000-\\u0020\\u007f]/g, '').toLowerCase();
                return plain.indexOf('javascript:') === 0 || plain.indexOf('vbscript:') === 0
                    || plain.indexOf('data:text/html') === 0;
            }
            function normal(text) {
                return String(text).replace(/\\s+/g, ' ').trim();
            }
            function windows(w, into) {
                try {
                    if (!w.document) {
                        return into;
                    }
                } catch (crossOrigin) {
                    return into;
                }
                into.push(w);
                for (var i = 0; i < w.frames.length; i++) {
                    windows(w.frames[i], into);
                }
                return into;
            }
            var shownText = [];
            var markup = [];
            windows(window, []).forEach(function (w) {
                var d = w.document;
                if (Array.isArray(w.__xss)) {
                    w.__xss.forEach(function (id) {
                        found.ran.push(id);
                    });
                }
                var elements = d.querySelectorAll('*');
                for (var i = 0; i < elements.length; i++) {
                    var el = elements[i];
                    var tag = el.tagName.toLowerCase();
                    for (var a = 0; a < el.attributes.length; a++) {
                        var name = el.attributes[a].name.toLowerCase();
                        var value = el.attributes[a].value;
                        if ((name.indexOf('on') === 0 || name === 'srcdoc') && value.indexOf('__xss') >= 0) {
                            found.handlers.push('<' + tag + ' ' + name + '="' + value + '">');
                        }
                        if (URLS.indexOf(name) >= 0 && dangerous(value)) {
                            found.urls.push('<' + tag + ' ' + name + '="' + value + '">');
                        }
                        if (name === 'title' || name === 'aria-label' || name === 'alt' || name === 'label'
                                || name === 'placeholder' || name === 'value') {
                            shownText.push(value);
                        }
                    }
                    if (tag === 'script' && el.textContent.indexOf('__xss') >= 0) {
                        found.scripts.push('<script>' + el.textContent + '</script>');
                    }
                    if (tag === 'input' || tag === 'textarea' || tag === 'select') {
                        shownText.push(el.value);
                    }
                }
                shownText.push(d.title);
                if (d.body) {
                    shownText.push(d.body.innerText);
                }
                markup.push(d.documentElement ? d.documentElement.outerHTML : '');
            });
            var shown = normal(shownText.join(' \\u0001 '));
            var all = shown + ' ' + markup.join(' ');
            evaluatedForms.forEach(function (form) {
                if (all.indexOf(form) >= 0) {
                    found.evaluated.push(form);
                }
            });
            texts.forEach(function (text, index) {
                if (normal(text) && shown.indexOf(normal(text)) >= 0) {
                    found.shown.push(index);
                }
            });
            return found;
            """;

    private XssProbe() {
    }

    /** What one page showed and what ran or was injected in it. */
    record Findings(String page, boolean installed, Set<Integer> ran, List<String> handlers, List<String> scripts,
            List<String> urls, List<String> evaluated, Set<Integer> shown) {

        /** Each thing the check must fail on, for a message; empty when the page is clean. */
        List<String> problems() {
            List<String> problems = new ArrayList<>();
            if (!installed) {
                problems.add(page + ": the marker array was not installed before the page's scripts");
            }
            ran.forEach(id -> problems.add(page + ": payload " + XssPayloads.all().stream()
                    .filter(p -> p.id() == id).findFirst().map(Payload::toString).orElse("with marker " + id)
                    + " ran"));
            handlers.forEach(h -> problems.add(page + ": an injected event handler " + h));
            scripts.forEach(s -> problems.add(page + ": an injected script " + s));
            urls.forEach(u -> problems.add(page + ": a script URL " + u));
            evaluated.forEach(e -> problems.add(page + ": an evaluated template shows " + e));
            return problems;
        }

        /** The payloads the check saw in any way: run, injected, or as the text of an evaluated form. */
        Set<Integer> detected() {
            Set<Integer> ids = new TreeSet<>(ran);
            for (Payload payload : XssPayloads.all()) {
                String marker = "__xss.push(" + payload.id() + ")";
                boolean injected = handlers.stream().anyMatch(h -> h.contains(marker))
                        || scripts.stream().anyMatch(s -> s.contains(marker))
                        || urls.stream().anyMatch(u -> u.contains(marker));
                if (injected || payload.evaluated() != null && evaluated.contains(payload.evaluated())) {
                    ids.add(payload.id());
                }
            }
            return ids;
        }
    }

    /** Waits until the page in the browser has settled (see {@link #SETTLED}), twice 30 ms apart, then probes it. */
    static Findings afterLoad(WebDriver browser, String page) {
        awaitSettled(browser, page);
        return probe(browser, page);
    }

    static void awaitSettled(WebDriver browser, String page) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        int settledInARow = 0;
        while (true) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(page + " did not settle within 20 s");
            }
            settledInARow = Boolean.TRUE.equals(js.executeScript(SETTLED)) ? settledInARow + 1 : 0;
            if (settledInARow == 2) {
                return;
            }
            pause(settledInARow == 0 ? 15 : 30);
        }
    }

    /** Probes the page as it is now. */
    @SuppressWarnings("unchecked")
    static Findings probe(WebDriver browser, String page) {
        List<Payload> payloads = XssPayloads.all();
        Map<String, Object> found = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(PROBE,
                payloads.stream().map(Payload::text).toList(), List.copyOf(XssPayloads.evaluatedForms()));
        Set<Integer> shown = new TreeSet<>();
        ((List<Object>) found.get("shown")).forEach(index -> shown.add(payloads.get(((Number) index).intValue())
                .id()));
        Set<Integer> ran = new TreeSet<>();
        ((List<Object>) found.get("ran")).forEach(id -> ran.add(id instanceof Number n ? n.intValue() : -1));
        return new Findings(page, Boolean.TRUE.equals(found.get("installed")), ran, strings(found.get("handlers")),
                strings(found.get("scripts")), strings(found.get("urls")), strings(found.get("evaluated")), shown);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return ((List<Object>) list).stream().map(String::valueOf).toList();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
