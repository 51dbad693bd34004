package org.pmosuite.sandbox.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The {@code jsI18n} transform puts texts into JavaScript as Jira does, and safely. */
class JsI18nTransformerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsI18nTransformer transformer = new JsI18nTransformer(
            PropertiesI18nResolver.load(getClass().getClassLoader(), "i18n/jsi18n-test"));

    @Test
    void aCallWithoutArgumentsBecomesTheTranslatedLiteral() {
        assertThat(transformer.transform("var a = AJS.I18n.getText('test.plain');"))
                .isEqualTo("var a = \"Open entries\";");
        assertThat(transformer.transform("f(AJS.I18n.getText( \"test.plain\" ))")).isEqualTo("f(\"Open entries\")");
    }

    @Test
    void aCallWithArgumentsBecomesAjsFormatOfTheRawPattern() {
        assertThat(transformer.transform("AJS.I18n.getText('test.pattern', count, p, i, band)"))
                .isEqualTo("AJS.format(\"Probability {1}, impact {2}: {0} entries, it\\u0027\\u0027s {3}\", count, p,"
                        + " i, band)");
    }

    @Test
    void withoutArgumentsTheTextIsFormattedSoTwoQuotesAreOne() throws Exception {
        String literal = literalOf("test.quotes");
        assertThat(literal).doesNotContain("'").contains("\\\"quoted\\\"");
        assertThat(JSON.readValue(literal, String.class)).isEqualTo("It's \"quoted\" and 'single'");
    }

    @Test
    void backslashesLineBreaksAndUnicodeSurviveAsJson() throws Exception {
        assertThat(JSON.readValue(literalOf("test.backslash"), String.class)).isEqualTo("C:\\temp\\new");
        String lines = literalOf("test.lines");
        assertThat(lines).doesNotContain("\n", "\u2028");
        assertThat(JSON.readValue(lines, String.class)).isEqualTo("one\ntwo\u2028three");
        assertThat(JSON.readValue(literalOf("test.unicode"), String.class)).isEqualTo("Grüße – ×");
    }

    @Test
    void aTextCannotCloseTheScriptElement() throws Exception {
        String literal = literalOf("test.script");
        assertThat(literal).doesNotContain("<", ">", "&");
        assertThat(JSON.readValue(literal, String.class)).isEqualTo("</script><script>alert(1)</script> & more");
    }

    @Test
    void anUnknownKeyBecomesTheKeyItselfAsJiraAnswersIt() {
        assertThat(transformer.transform("AJS.I18n.getText('test.missing')")).isEqualTo("\"test.missing\"");
        assertThat(transformer.transform("AJS.I18n.getText('test.missing', x)"))
                .isEqualTo("AJS.format(\"test.missing\", x)");
    }

    @Test
    void whatItCannotReadIsLeftAlone() {
        String code = "AJS.I18n.getText(key); AJS.I18n.getText('a' + b); AJS.I18n.getText(\"mixed'); I18n.getText;";
        assertThat(transformer.transform(code)).isEqualTo(code);
    }

    @Test
    void everyCallInAFileIsReplaced() {
        assertThat(transformer.transform("[AJS.I18n.getText('test.plain'), AJS.I18n.getText(\"test.plain\")]"))
                .isEqualTo("[\"Open entries\", \"Open entries\"]");
    }

    private String literalOf(String key) {
        return transformer.transform("AJS.I18n.getText('" + key + "')");
    }
}
