/*
 * pmo/portfolio/board-model: what the portfolio board's scripts know about the portfolio API's values, without
 * asking the server: the scoring inputs each model reads, their names and scales, the funding states and how they
 * are coloured, and how numbers are shown. The server stays the judge: a value the scale here would allow and the
 * server refuses comes back as a 400 beside its field.
 *
 * Mirrors org.pmosuite.core.portfolio.scoring.ScoringModelType, ScoringInput (field names and InputScale) and
 * org.pmosuite.core.portfolio.Funding.
 */
define('pmo/portfolio/board-model', [], function () {
    'use strict';

    var FIBONACCI = {values: [1, 2, 3, 5, 8, 13, 20]};

    /** Each input by its REST field name: its label and its scale ({values}, or {min, minInclusive, max}). */
    var INPUTS = {
        businessValue: {label: AJS.I18n.getText('pmo.portfolio.input.business-value'), scale: FIBONACCI},
        timeCriticality: {label: AJS.I18n.getText('pmo.portfolio.input.time-criticality'), scale: FIBONACCI},
        riskReduction: {label: AJS.I18n.getText('pmo.portfolio.input.risk-reduction'), scale: FIBONACCI},
        jobSize: {label: AJS.I18n.getText('pmo.portfolio.input.job-size'), scale: FIBONACCI},
        reach: {label: AJS.I18n.getText('pmo.portfolio.input.reach'), scale: {min: 0, minInclusive: true}},
        impact: {label: AJS.I18n.getText('pmo.portfolio.input.impact'), scale: {values: [0.25, 0.5, 1, 2, 3]}},
        confidence: {label: AJS.I18n.getText('pmo.portfolio.input.confidence'),
            scale: {min: 0, minInclusive: true, max: 100}},
        effort: {label: AJS.I18n.getText('pmo.portfolio.input.effort'), scale: {min: 0, minInclusive: false}},
        ease: {label: AJS.I18n.getText('pmo.portfolio.input.ease'), scale: {min: 1, minInclusive: true, max: 10}},
        moscow: {label: AJS.I18n.getText('pmo.portfolio.input.moscow'), scale: {values: [1, 2, 3, 4]},
            hint: AJS.I18n.getText('pmo.portfolio.board.scale.moscow')},
        costOfDelay: {label: AJS.I18n.getText('pmo.portfolio.input.cost-of-delay'),
            scale: {min: 0, minInclusive: true}},
        duration: {label: AJS.I18n.getText('pmo.portfolio.input.duration'), scale: {min: 0, minInclusive: false}}
    };

    /** The inputs each model reads, in the order it explains them; WEIGHTED reads its criteria's instead. */
    var MODEL_INPUTS = {
        WSJF: ['businessValue', 'timeCriticality', 'riskReduction', 'jobSize'],
        RICE: ['reach', 'impact', 'confidence', 'effort'],
        ICE: ['impact', 'confidence', 'ease'],
        WEIGHTED: ['businessValue', 'timeCriticality', 'riskReduction', 'jobSize'],
        MOSCOW: ['moscow'],
        CD3: ['costOfDelay', 'duration']
    };

    /** Each funding state: its lozenge's AUI class and whether it takes capacity. */
    var FUNDING = {
        FORCED_IN: {lozenge: 'aui-lozenge-new', funded: true},
        FUNDED: {lozenge: 'aui-lozenge-success', funded: true},
        OVER_CATEGORY_CAP: {lozenge: 'aui-lozenge-moved', funded: false},
        NOT_ESTIMATED: {lozenge: 'aui-lozenge-current', funded: false},
        NOT_SCORED: {lozenge: '', funded: false},
        FORCED_OUT: {lozenge: 'aui-lozenge-error', funded: false},
        BELOW_CUT_LINE: {lozenge: 'aui-lozenge-subtle', funded: false}
    };
    var FUNDING_ORDER = ['FORCED_IN', 'FUNDED', 'OVER_CATEGORY_CAP', 'NOT_ESTIMATED', 'NOT_SCORED', 'FORCED_OUT',
        'BELOW_CUT_LINE'];

    function locale() {
        var lang = document.documentElement.getAttribute('lang');
        return lang || undefined;
    }

    /** A number with exactly, or at most, the given decimals, in the page's language; '' for none. */
    function format(value, decimals, exactly) {
        if (value === null || value === undefined || typeof value !== 'number' || !isFinite(value)) {
            return '';
        }
        var options = {minimumFractionDigits: exactly ? decimals : 0, maximumFractionDigits: decimals};
        try {
            return value.toLocaleString(locale(), options);
        } catch (unknownLocale) {
            return value.toLocaleString(undefined, options);
        }
    }

    /** A score: always two decimals. */
    function score(value) {
        return format(value, 2, true);
    }

    /** An estimate, a running total or a capacity: up to two decimals. */
    function amount(value) {
        return format(value, 2, false);
    }

    function label(fieldName) {
        return INPUTS[fieldName] ? INPUTS[fieldName].label : String(fieldName);
    }

    /** The scale of an input in words, for the hint beside its field; '' for an input not known here. */
    function scaleHint(fieldName) {
        var input = INPUTS[fieldName];
        if (!input) {
            return '';
        }
        if (input.hint) {
            return input.hint;
        }
        var scale = input.scale;
        if (scale.values) {
            return AJS.I18n.getText('pmo.portfolio.board.scale.values', scale.values.map(function (value) {
                return amount(value);
            }).join(', '));
        }
        if (scale.max !== undefined) {
            return AJS.I18n.getText('pmo.portfolio.board.scale.between', amount(scale.min), amount(scale.max));
        }
        return scale.minInclusive ? AJS.I18n.getText('pmo.portfolio.board.scale.at-least', amount(scale.min))
            : AJS.I18n.getText('pmo.portfolio.board.scale.above', amount(scale.min));
    }

    /**
     * The inputs an editor offers for an initiative: those the portfolio's model scores with (a weighted model's:
     * its criteria's), each once. Inputs other portfolios score with are left to those boards, so that the editor
     * holds only what moves this board's score. A model this page does not know offers every input the item has.
     *
     * @param scoring the portfolio JSON's scoring: {model, criteria: [{input}]}
     * @param inputs  the item's inputs: {fieldName: value}
     */
    function inputsFor(scoring, inputs) {
        var names = [];
        var model = scoring && scoring.model;
        var own = model === 'WEIGHTED' && scoring.criteria && scoring.criteria.length
            ? scoring.criteria.map(function (criterion) {
                return criterion.input;
            })
            : (MODEL_INPUTS[model] || Object.keys(inputs || {}));
        own.forEach(function (name) {
            if (name && names.indexOf(name) < 0) {
                names.push(name);
            }
        });
        return names;
    }

    function funding(name) {
        return FUNDING[name] || {lozenge: '', funded: false};
    }

    return {
        INPUTS: INPUTS,
        MODEL_INPUTS: MODEL_INPUTS,
        FUNDING_ORDER: FUNDING_ORDER,
        funding: funding,
        inputsFor: inputsFor,
        label: label,
        scaleHint: scaleHint,
        score: score,
        amount: amount
    };
});
