package org.pmosuite.jira.portfolio;

import java.io.IOException;
import java.io.Writer;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.atlassian.sal.api.message.I18nResolver;
import org.pmosuite.core.portfolio.Forcing;
import org.pmosuite.core.portfolio.PortfolioBoardService;
import org.pmosuite.core.portfolio.RankedInitiative;
import org.pmosuite.core.portfolio.scoring.ExplanationStep;
import org.pmosuite.core.portfolio.scoring.ScoringInput;
import org.pmosuite.jira.platform.Csv;

/**
 * The ranked board as CSV for the steering committee: every row the filters keep, with its score, its funding and
 * its score's arithmetic in words. Cells are formula-safe ({@link Csv}).
 */
final class PortfolioCsv {

    private PortfolioCsv() {
    }

    static void write(Writer out, I18nResolver i18n, PortfolioBoardService.Export export) throws IOException {
        Csv.row(out, List.of(i18n.getText("pmo.portfolio.csv.rank"), i18n.getText("pmo.portfolio.csv.key"),
                i18n.getText("pmo.portfolio.csv.project"), i18n.getText("pmo.portfolio.csv.title"),
                i18n.getText("pmo.portfolio.csv.status"), i18n.getText("pmo.portfolio.csv.theme"),
                i18n.getText("pmo.portfolio.csv.owner"), i18n.getText("pmo.portfolio.csv.score"),
                i18n.getText("pmo.portfolio.csv.funding"),
                i18n.getText("pmo.portfolio.csv.estimate",
                        i18n.getText(export.portfolio().definition().capacity().unit().messageKey())),
                i18n.getText("pmo.portfolio.csv.running-total"), i18n.getText("pmo.portfolio.csv.forcing"),
                i18n.getText("pmo.portfolio.csv.moved-by"), i18n.getText("pmo.portfolio.csv.reason"),
                i18n.getText("pmo.portfolio.csv.missing"), i18n.getText("pmo.portfolio.csv.explanation")));
        for (RankedInitiative row : export.rows()) {
            var initiative = row.initiative();
            var score = row.score();
            List<String> steps = new ArrayList<>();
            if (score.computed()) {
                for (ExplanationStep step : export.model().explain(initiative.inputs()).steps()) {
                    steps.add(i18n.getText(step.messageKey(), step.arguments().stream()
                            .map(argument -> argument instanceof Serializable s ? s : String.valueOf(argument))
                            .toArray(Serializable[]::new)));
                }
            }
            Csv.row(out, List.of(String.valueOf(row.rank()), initiative.issueKey(), initiative.project().key(),
                    initiative.title(), initiative.status(), text(initiative.theme()), text(initiative.ownerName()),
                    score.computed() ? number(score.value().getAsDouble()) : "", i18n.getText(row.funding().messageKey()),
                    row.estimate() == null ? "" : number(row.estimate()), number(row.runningTotal()),
                    row.forcing() == Forcing.NONE ? "" : row.forcing().name(),
                    row.moved() ? row.placement().by() : "",
                    row.placement() == null ? "" : row.placement().reason(),
                    score.missing().stream().map(ScoringInput::messageKey).map(i18n::getText)
                            .collect(Collectors.joining(", ")),
                    String.join("; ", steps)));
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%.4f", value);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
