/*
 * pmo/portfolio/score-popover: why an initiative has its score. Opened from a score in the table or a point of the
 * matrix, it shows GET /rest/pmo/1.0/portfolios/{id}/items/{key}/score: the model, its formula, each term (input,
 * value, weight), each step of the arithmetic with its result, and the inputs missing or invalid.
 *
 * #pmo-score-popover is a non-modal dialog (pmo/portfolio/dialog): the focus moves into it, Escape closes it and
 * gives the focus back to the score; its data-loaded is true or error once the explanation came, data-key names
 * the initiative.
 */
define('pmo/portfolio/score-popover', ['pmo/common/rest', 'pmo/common/dom', 'pmo/portfolio/dialog',
    'pmo/portfolio/board-model'], function (rest, dom, dialog, model) {
    'use strict';

    var element = dom.element;

    function Explainer(restPath) {
        this.restPath = restPath;
        this.popover = dialog.popover('pmo-score-popover', 'pmo-score-popover-title');
        this.loading = 0;
    }

    Explainer.prototype.frame = function (key) {
        var popover = this;
        var node = dom.clear(this.popover.node);
        var header = node.appendChild(element('div', 'pmo-popover-header'));
        var title = header.appendChild(element('h2', 'pmo-popover-title', AJS.I18n.getText(
            'pmo.portfolio.board.score.title', key)));
        title.id = 'pmo-score-popover-title';
        var close = header.appendChild(element('button', 'aui-button aui-button-subtle pmo-popover-close',
            '\u00d7'));
        close.type = 'button';
        close.id = 'pmo-score-popover-close';
        close.setAttribute('aria-label', AJS.I18n.getText('pmo.portfolio.board.popover.close'));
        close.addEventListener('click', function () {
            popover.popover.close(true);
        });
        return node.appendChild(element('div', 'pmo-popover-body'));
    };

    function definition(list, term, value, className) {
        list.appendChild(element('dt', null, term));
        list.appendChild(element('dd', className, value));
    }

    function termsTable(terms) {
        var table = element('table', 'aui pmo-score-terms');
        table.appendChild(element('caption', 'assistive', AJS.I18n.getText('pmo.portfolio.board.score.terms')));
        var head = table.appendChild(element('thead')).appendChild(element('tr'));
        [AJS.I18n.getText('pmo.portfolio.board.score.term.input'),
            AJS.I18n.getText('pmo.portfolio.board.score.term.value'),
            AJS.I18n.getText('pmo.portfolio.board.score.term.weight')].forEach(function (label) {
            var th = head.appendChild(element('th', null, label));
            th.setAttribute('scope', 'col');
        });
        var body = table.appendChild(element('tbody'));
        terms.forEach(function (term) {
            var row = body.appendChild(element('tr', 'pmo-score-term'));
            row.setAttribute('data-input', String(term.input));
            var name = row.appendChild(element('th', null, term.name || model.label(term.input)));
            name.setAttribute('scope', 'row');
            row.appendChild(element('td', 'pmo-score-term-value', term.value === null || term.value === undefined
                ? AJS.I18n.getText('pmo.portfolio.board.score.term.missing') : model.amount(term.value)));
            row.appendChild(element('td', 'pmo-score-term-weight', model.amount(term.weight)));
        });
        return table;
    }

    /** Draws an explanation: data in, DOM out. */
    function render(body, explanation) {
        body.appendChild(element('p', 'pmo-score-initiative', explanation.title));
        var facts = body.appendChild(element('dl', 'pmo-score-facts'));
        definition(facts, AJS.I18n.getText('pmo.portfolio.board.score.model'), explanation.modelName
            || explanation.model, 'pmo-score-model');
        definition(facts, AJS.I18n.getText('pmo.portfolio.board.score.formula'), explanation.formula,
            'pmo-score-formula');
        definition(facts, AJS.I18n.getText('pmo.portfolio.board.column.score'), explanation.scored
            ? model.score(explanation.score) : AJS.I18n.getText('pmo.portfolio.board.unscored'), 'pmo-score-value');
        if (explanation.terms && explanation.terms.length) {
            body.appendChild(termsTable(explanation.terms));
        }
        if (explanation.steps && explanation.steps.length) {
            body.appendChild(element('h3', null, AJS.I18n.getText('pmo.portfolio.board.score.steps')));
            var steps = body.appendChild(element('ol', 'pmo-score-steps'));
            explanation.steps.forEach(function (step) {
                var item = steps.appendChild(element('li', 'pmo-score-step'));
                item.appendChild(element('span', 'pmo-score-step-text', step.text));
                var result = item.appendChild(element('span', 'pmo-score-step-result',
                    AJS.I18n.getText('pmo.portfolio.board.score.step.result', model.score(step.result))));
                result.setAttribute('data-result', String(step.result));
            });
        }
        if (explanation.missing && explanation.missing.length) {
            var missing = body.appendChild(element('div', 'aui-message aui-message-warning pmo-score-missing'));
            missing.appendChild(element('p', 'title', AJS.I18n.getText('pmo.portfolio.board.score.missing')));
            var names = missing.appendChild(element('ul'));
            explanation.missing.forEach(function (name) {
                names.appendChild(element('li', null, name));
            });
        }
        var errors = explanation.inputErrors || {};
        if (Object.keys(errors).length) {
            var invalid = body.appendChild(element('div', 'aui-message aui-message-error pmo-score-input-errors'));
            invalid.appendChild(element('p', 'title', AJS.I18n.getText('pmo.portfolio.board.score.invalid')));
            var list = invalid.appendChild(element('ul'));
            Object.keys(errors).forEach(function (field) {
                var item = list.appendChild(element('li', null, AJS.I18n.getText('pmo.portfolio.board.score.invalid.input',
                    model.label(field), String(errors[field]))));
                item.setAttribute('data-input', field);
            });
        }
    }

    /** Opens the popover beside the anchor for the initiative, or closes it when it is open there already. */
    Explainer.prototype.toggle = function (anchor, key) {
        if (this.popover.isOpenFor(anchor)) {
            this.popover.close(true);
            return Promise.resolve();
        }
        return this.open(anchor, key);
    };

    Explainer.prototype.open = function (anchor, key) {
        var explainer = this;
        var node = this.popover.node;
        var call = ++this.loading;
        var body = this.frame(key);
        body.appendChild(element('p', 'pmo-loading', AJS.I18n.getText('pmo.common.loading')));
        node.removeAttribute('data-loaded');
        node.setAttribute('data-key', key);
        node.setAttribute('aria-busy', 'true');
        this.popover.open(anchor);
        return rest.get(this.restPath + '/items/' + encodeURIComponent(key) + '/score').then(function (explanation) {
            if (call !== explainer.loading) {
                return;
            }
            dom.clear(body);
            render(body, explanation);
            node.removeAttribute('aria-busy');
            node.setAttribute('data-loaded', 'true');
            explainer.popover.place();
        }, function (failure) {
            if (call !== explainer.loading) {
                return;
            }
            dom.clear(body);
            var box = body.appendChild(element('div', 'aui-message aui-message-error'));
            var messages = failure && failure.body ? failure.body.errorMessages : [];
            box.appendChild(element('p', null, messages && messages.length ? messages.join(' ')
                : AJS.I18n.getText('pmo.common.error.load')));
            node.removeAttribute('aria-busy');
            node.setAttribute('data-loaded', 'error');
            explainer.popover.place();
        });
    };

    Explainer.prototype.close = function () {
        this.popover.close(false);
    };

    return {
        /** @param restPath the portfolio's REST path below the context path, /rest/pmo/1.0/portfolios/{id} */
        start: function (restPath) {
            return new Explainer(restPath);
        },
        render: render
    };
});
