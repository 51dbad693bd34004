/*
 * pmo/portfolio/scenario-view: the board's Scenarios view (view=scenarios). It lists the portfolio's what-if
 * scenarios, GET /rest/pmo/1.0/portfolios/{id}/scenarios, and puts the one chosen (scenario=ID in the URL) beside
 * the baseline, GET .../scenarios/{scenario}/comparison: both cut lines, how many initiatives enter and leave
 * funding and move up and down, and the rows in the scenario's order, 100 at a time (scenarioStartAt=N), only those
 * whose rank or funding changes unless changed=false. The baseline's scoring and capacity come from
 * GET /rest/pmo/1.0/portfolios/{id}.
 *
 * Those who may change the portfolio (the list's mayChange) create a scenario (POST .../scenarios: a name, a
 * scoring model or the baseline's, a capacity amount in the baseline's unit or the baseline's), delete one (DELETE
 * .../scenarios/{scenario}?version=N) and commit the chosen one as the baseline (POST .../commit with the
 * portfolio's version and rankVersion from the comparison). A 400's reasons go beside the create form's fields
 * (pmo/common/errors); a commit on a portfolio that changed since the comparison (409) says so in a flag and the
 * comparison is loaded again. After a commit the board shows its ranked list, ranked as the scenario ranked it.
 *
 * Hooks for tests and styles (inside the board's #pmo-portfolio-content):
 *   #pmo-scenario-view[data-loaded]     true or error once the list is drawn; data-may-change
 *   #pmo-scenario-new                   the New scenario button (only with mayChange)
 *   table#pmo-scenario-list             tr.pmo-scenario[data-scenario] (aria-current on the chosen one), cells
 *                                       td.pmo-scenario-name|model|capacity|by|at|actions; the name is
 *                                       button.pmo-scenario-open[data-scenario]; button.pmo-scenario-delete
 *                                       (only with mayChange); #pmo-scenario-none when there is none
 *   #pmo-scenario-compare               the comparison: data-scenario, data-changed, data-loaded (true or error)
 *   #pmo-scenario-side-baseline, #pmo-scenario-side-trial   each cut line: dd.pmo-side-model, -funded, -committed
 *                                       (data-value, data-capacity), -remaining, -last (each data-value)
 *   #pmo-scenario-counts                data-entering, data-leaving, data-moved-up, data-moved-down
 *   #pmo-scenario-changed               the "only changes" checkbox; #pmo-scenario-commit (only with mayChange)
 *   table#pmo-scenario-table            tr.pmo-scenario-row[data-key][data-baseline-rank][data-trial-rank]
 *                                       [data-places][data-change] (the server's change), cells td.pmo-col-*;
 *                                       span.pmo-funding-badge[data-funding], span.pmo-change-badge[data-movement]
 *                                       (ENTERING, LEAVING, UP, DOWN or SAME)
 *   #pmo-scenario-paging                #pmo-scenario-previous, #pmo-scenario-next, #pmo-scenario-range
 *                                       (data-total)
 *   #pmo-scenario-dialog                the create dialog: form #pmo-scenario-form with input[name=name],
 *                                       select[name="scoring.model"], input[name="capacity.amount"];
 *                                       #pmo-scenario-save, #pmo-scenario-cancel
 *   #pmo-scenario-delete-dialog, #pmo-scenario-commit-dialog   confirmations: #...-confirm, #...-cancel
 * Each dialog's data-state is closed, open, saving or failed.
 */
define('pmo/portfolio/scenario-view', ['pmo/common/rest', 'pmo/common/errors', 'pmo/common/dom', 'pmo/common/flags',
    'pmo/common/format', 'wrm/context-path', 'pmo/portfolio/board-model', 'pmo/portfolio/dialog'],
function (rest, errors, dom, flags, format, contextPath, model, dialog) {
    'use strict';

    var when = format.dateTime;
    var flagSuccess = flags.success;

    var PAGE_SIZE = 100;
    /** The URL query parameters this view keeps its state in. */
    var PARAMS = ['scenario', 'changed', 'scenarioStartAt'];
    var MODELS = [
        ['WSJF', AJS.I18n.getText('pmo.portfolio.model.wsjf')],
        ['RICE', AJS.I18n.getText('pmo.portfolio.model.rice')],
        ['ICE', AJS.I18n.getText('pmo.portfolio.model.ice')],
        ['WEIGHTED', AJS.I18n.getText('pmo.portfolio.model.weighted')],
        ['MOSCOW', AJS.I18n.getText('pmo.portfolio.model.moscow')],
        ['CD3', AJS.I18n.getText('pmo.portfolio.model.cd3')]
    ];
    var FUNDING_NAMES = {
        FORCED_IN: AJS.I18n.getText('pmo.portfolio.funding.forced-in'),
        FUNDED: AJS.I18n.getText('pmo.portfolio.funding.funded'),
        OVER_CATEGORY_CAP: AJS.I18n.getText('pmo.portfolio.funding.over-category-cap'),
        NOT_ESTIMATED: AJS.I18n.getText('pmo.portfolio.funding.not-estimated'),
        NOT_SCORED: AJS.I18n.getText('pmo.portfolio.funding.not-scored'),
        FORCED_OUT: AJS.I18n.getText('pmo.portfolio.funding.forced-out'),
        BELOW_CUT_LINE: AJS.I18n.getText('pmo.portfolio.funding.below-cut-line')
    };
    /** How a row moves, as the change column shows it: across the cut line first, else up, down or not at all. */
    var MOVEMENTS = {
        ENTERING: {label: AJS.I18n.getText('pmo.portfolio.scenario.change.entering'), lozenge: 'aui-lozenge-success'},
        LEAVING: {label: AJS.I18n.getText('pmo.portfolio.scenario.change.leaving'), lozenge: 'aui-lozenge-error'},
        UP: {label: AJS.I18n.getText('pmo.portfolio.scenario.change.up'), lozenge: 'aui-lozenge-current'},
        DOWN: {label: AJS.I18n.getText('pmo.portfolio.scenario.change.down'), lozenge: 'aui-lozenge-moved'},
        SAME: {label: AJS.I18n.getText('pmo.portfolio.scenario.change.same'), lozenge: 'aui-lozenge-subtle'}
    };
    var element = dom.element;
    var shared = null;

    function text(value) {
        return value === null || value === undefined ? '' : String(value);
    }



    function movement(row) {
        if (row.change === 'ENTERS') {
            return 'ENTERING';
        }
        if (row.change === 'LEAVES') {
            return 'LEAVING';
        }
        return row.placesGained > 0 ? 'UP' : row.placesGained < 0 ? 'DOWN' : 'SAME';
    }

    function capacityText(capacity) {
        if (!capacity) {
            return '';
        }
        var amount = AJS.I18n.getText('pmo.portfolio.board.amount', model.amount(capacity.amount),
            text(capacity.unitName || capacity.unit));
        return capacity.period ? AJS.I18n.getText('pmo.portfolio.scenario.capacity.period', amount,
            text(capacity.period)) : amount;
    }

    function modelName(scoring) {
        return scoring ? text(scoring.modelName || scoring.model) : '';
    }

    /**
     * A 400's reasons keyed as the create form's fields: a scoring problem other than the model's (a weighted
     * model's missing criteria) goes beside the model, a capacity problem beside the amount.
     */
    function besideFields(failure) {
        var body = failure && failure.body;
        if (!body || !body.errors) {
            return failure;
        }
        var mapped = {};
        Object.keys(body.errors).forEach(function (key) {
            var field = key.indexOf('scoring.') === 0 ? 'scoring.model'
                : key.indexOf('capacity.') === 0 ? 'capacity.amount' : key;
            mapped[field] = mapped[field] ? mapped[field] + ' ' + body.errors[key] : body.errors[key];
        });
        return {status: failure.status, body: {errorMessages: body.errorMessages || [], errors: mapped}};
    }

    /** A confirmation dialog: a text, a list of facts, a confirm and a cancel button. */
    function confirmation(id, confirmLabel) {
        var modal = dialog.modal(id, '');
        var parts = {modal: modal, owner: null, busy: false};
        parts.what = modal.content.appendChild(element('p', 'pmo-scenario-confirm-what'));
        parts.what.id = id + '-what';
        modal.node.setAttribute('aria-describedby', parts.what.id);
        parts.facts = modal.content.appendChild(element('dl', 'pmo-scenario-confirm-facts'));
        parts.confirm = modal.footer.appendChild(element('button', 'aui-button aui-button-primary', confirmLabel));
        parts.confirm.type = 'button';
        parts.confirm.id = id + '-confirm';
        var cancel = modal.footer.appendChild(element('button', 'aui-button aui-button-link',
            AJS.I18n.getText('pmo.common.cancel')));
        cancel.type = 'button';
        cancel.id = id + '-cancel';
        cancel.addEventListener('click', function () {
            modal.cancel();
        });
        parts.setBusy = function (busy) {
            parts.busy = busy;
            // Busy but not disabled: a disabled button would drop the focus out of the dialog.
            parts.confirm.setAttribute('aria-disabled', String(busy));
            modal.node.setAttribute('data-state', busy ? 'saving' : 'open');
        };
        return parts;
    }

    /** The dialogs, built once for the page and lent to the view that opens them. */
    function dialogs() {
        if (shared) {
            return shared;
        }
        shared = {create: createDialog(), remove: confirmation('pmo-scenario-delete-dialog',
            AJS.I18n.getText('pmo.portfolio.scenario.delete.confirm')), commit: confirmation(
            'pmo-scenario-commit-dialog', AJS.I18n.getText('pmo.portfolio.scenario.commit.confirm'))};
        shared.remove.confirm.addEventListener('click', function () {
            if (shared.remove.owner && !shared.remove.busy) {
                shared.remove.owner.sendDelete();
            }
        });
        shared.commit.confirm.addEventListener('click', function () {
            if (shared.commit.owner && !shared.commit.busy) {
                shared.commit.owner.sendCommit();
            }
        });
        return shared;
    }

    function field(form, id, label) {
        var group = form.appendChild(element('div', 'field-group'));
        var caption = group.appendChild(element('label', null, label));
        caption.setAttribute('for', id);
        return group;
    }

    function createDialog() {
        var modal = dialog.modal('pmo-scenario-dialog', AJS.I18n.getText('pmo.portfolio.scenario.create.title'));
        var parts = {modal: modal, owner: null, busy: false};
        var form = modal.content.appendChild(element('form', 'aui pmo-scenario-form'));
        form.id = 'pmo-scenario-form';
        form.noValidate = true;
        parts.intro = form.appendChild(element('p', 'pmo-scenario-form-intro'));

        var nameGroup = field(form, 'pmo-scenario-name', AJS.I18n.getText('pmo.portfolio.scenario.name'));
        parts.name = nameGroup.appendChild(element('input', 'text long-field'));
        parts.name.type = 'text';
        parts.name.id = 'pmo-scenario-name';
        parts.name.name = 'name';
        parts.name.setAttribute('data-pmo-field', 'name');
        parts.name.setAttribute('autocomplete', 'off');
        parts.name.setAttribute('aria-required', 'true');

        var modelGroup = field(form, 'pmo-scenario-model', AJS.I18n.getText('pmo.portfolio.scenario.model'));
        parts.model = modelGroup.appendChild(element('select', 'select'));
        parts.model.id = 'pmo-scenario-model';
        parts.model.name = 'scoring.model';
        parts.model.setAttribute('data-pmo-field', 'scoring.model');
        parts.sameModel = parts.model.appendChild(element('option'));
        parts.sameModel.value = '';
        MODELS.forEach(function (entry) {
            var option = parts.model.appendChild(element('option', null, entry[1]));
            option.value = entry[0];
        });
        parts.modelHint = modelGroup.appendChild(element('div', 'description'));
        parts.modelHint.id = 'pmo-scenario-model-hint';
        parts.model.setAttribute('aria-describedby', parts.modelHint.id);

        var amountGroup = field(form, 'pmo-scenario-amount', AJS.I18n.getText('pmo.portfolio.scenario.capacity'));
        parts.amount = amountGroup.appendChild(element('input', 'text medium-field'));
        parts.amount.type = 'number';
        parts.amount.step = 'any';
        parts.amount.id = 'pmo-scenario-amount';
        parts.amount.name = 'capacity.amount';
        parts.amount.setAttribute('data-pmo-field', 'capacity.amount');
        parts.amount.setAttribute('inputmode', 'decimal');
        parts.amountHint = amountGroup.appendChild(element('div', 'description'));
        parts.amountHint.id = 'pmo-scenario-amount-hint';
        parts.amount.setAttribute('aria-describedby', parts.amountHint.id);

        parts.save = modal.footer.appendChild(element('button', 'aui-button aui-button-primary',
            AJS.I18n.getText('pmo.portfolio.scenario.create.save')));
        parts.save.type = 'submit';
        parts.save.id = 'pmo-scenario-save';
        parts.save.setAttribute('form', 'pmo-scenario-form');
        var cancel = modal.footer.appendChild(element('button', 'aui-button aui-button-link',
            AJS.I18n.getText('pmo.common.cancel')));
        cancel.type = 'button';
        cancel.id = 'pmo-scenario-cancel';
        cancel.addEventListener('click', function () {
            modal.cancel();
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            if (parts.owner && !parts.busy) {
                parts.owner.sendCreate();
            }
        });
        parts.setBusy = function (busy, state) {
            parts.busy = busy;
            parts.save.setAttribute('aria-disabled', String(busy));
            modal.node.setAttribute('data-state', state);
        };
        return parts;
    }

    function fact(list, className, term, value, raw) {
        list.appendChild(element('dt', null, term));
        var detail = list.appendChild(element('dd', className, value));
        if (raw !== undefined) {
            detail.setAttribute('data-value', String(raw));
        }
        return detail;
    }

    /**
     * One drawing of the view for one load of the board.
     *
     * @param container where it is drawn (the board's content)
     * @param context   what the board gives a view (see pmo/portfolio/board-page's panelContext)
     */
    function View(container, context) {
        this.container = container;
        this.context = context;
        this.params = context.params || {};
        this.compares = 0;
        this.list = null;
        this.portfolio = null;
        this.comparison = null;
    }

    View.prototype.scenarioId = function () {
        return this.params.scenario ? String(this.params.scenario) : '';
    };

    View.prototype.changedOnly = function () {
        return this.params.changed !== 'false';
    };

    View.prototype.startAt = function () {
        var startAt = parseInt(this.params.scenarioStartAt || '0', 10);
        return isFinite(startAt) && startAt > 0 ? startAt : 0;
    };

    View.prototype.chosen = function () {
        var id = this.scenarioId();
        var found = null;
        (this.list ? this.list.scenarios : []).forEach(function (scenario) {
            if (String(scenario.id) === id) {
                found = scenario;
            }
        });
        return found;
    };

    /** Records the view's state in the URL; only what differs from the defaults is written. */
    View.prototype.remember = function (scenario, changedOnly, startAt) {
        this.params = {};
        if (scenario) {
            this.params.scenario = String(scenario);
            if (!changedOnly) {
                this.params.changed = 'false';
            }
            if (startAt > 0) {
                this.params.scenarioStartAt = String(startAt);
            }
        }
        this.context.setParams(this.params);
    };

    /** Loads the list and the baseline and draws them, then the chosen scenario's comparison. */
    View.prototype.load = function () {
        var view = this;
        var path = this.context.restPath;
        return Promise.all([rest.get(path + '/scenarios'), rest.get(path)]).then(function (answers) {
            if (!view.context.current()) {
                return null;
            }
            view.list = answers[0];
            view.portfolio = answers[1];
            view.mayChange = Boolean(view.list && view.list.mayChange);
            view.draw();
            if (view.scenarioId()) {
                return view.compare(false);
            }
            return null;
        });
    };

    View.prototype.draw = function () {
        var view = this;
        var root = element('div', 'pmo-scenario-view');
        root.id = 'pmo-scenario-view';
        root.setAttribute('data-may-change', String(this.mayChange));
        var header = root.appendChild(element('div', 'pmo-scenario-header'));
        var titles = header.appendChild(element('div', 'pmo-scenario-titles'));
        var title = titles.appendChild(element('h2', 'pmo-scenario-heading', AJS.I18n.getText(
            'pmo.portfolio.scenario.title')));
        title.id = 'pmo-scenario-heading';
        titles.appendChild(element('p', 'pmo-scenario-intro', AJS.I18n.getText('pmo.portfolio.scenario.intro')));
        if (this.mayChange) {
            var create = header.appendChild(element('button', 'aui-button pmo-scenario-new',
                AJS.I18n.getText('pmo.portfolio.scenario.new')));
            create.type = 'button';
            create.id = 'pmo-scenario-new';
            create.setAttribute('aria-haspopup', 'dialog');
            create.addEventListener('click', function () {
                view.openCreate(create);
            });
            this.createButton = create;
        }
        var scenarios = this.list.scenarios || [];
        if (scenarios.length === 0) {
            var none = root.appendChild(element('p', 'pmo-scenario-none', this.mayChange
                ? AJS.I18n.getText('pmo.portfolio.scenario.none.create') : AJS.I18n.getText(
                    'pmo.portfolio.scenario.none')));
            none.id = 'pmo-scenario-none';
        } else {
            root.appendChild(this.listTable(scenarios));
        }
        this.compareSection = root.appendChild(element('section', 'pmo-scenario-compare'));
        this.compareSection.id = 'pmo-scenario-compare';
        this.compareSection.hidden = true;
        this.compareSection.setAttribute('aria-labelledby', 'pmo-scenario-compare-title');
        this.root = root;
        dom.clear(this.container).appendChild(root);
        root.setAttribute('data-loaded', 'true');
        if (this.scenarioId() && !this.chosen()) {
            var missing = root.insertBefore(element('div', 'aui-message aui-message-info pmo-scenario-missing'),
                this.compareSection);
            missing.id = 'pmo-scenario-missing';
            missing.appendChild(element('p', null, AJS.I18n.getText('pmo.portfolio.scenario.missing')));
        }
    };

    View.prototype.listTable = function (scenarios) {
        var view = this;
        var baseline = this.portfolio || {};
        var table = element('table', 'aui pmo-scenario-list');
        table.id = 'pmo-scenario-list';
        table.appendChild(element('caption', 'assistive', AJS.I18n.getText('pmo.portfolio.scenario.list.caption',
            text(baseline.name))));
        var head = table.appendChild(element('thead')).appendChild(element('tr'));
        var labels = {
            name: AJS.I18n.getText('pmo.portfolio.scenario.column.name'),
            model: AJS.I18n.getText('pmo.portfolio.scenario.column.model'),
            capacity: AJS.I18n.getText('pmo.portfolio.scenario.column.capacity'),
            by: AJS.I18n.getText('pmo.portfolio.scenario.column.by'),
            at: AJS.I18n.getText('pmo.portfolio.scenario.column.at')
        };
        Object.keys(labels).forEach(function (column) {
            var th = head.appendChild(element('th', 'pmo-scenario-' + column, labels[column]));
            th.setAttribute('scope', 'col');
        });
        if (this.mayChange) {
            var actions = head.appendChild(element('th', 'pmo-scenario-actions'));
            actions.setAttribute('scope', 'col');
            actions.appendChild(element('span', 'assistive', AJS.I18n.getText('pmo.portfolio.board.column.actions')));
        }
        var body = table.appendChild(element('tbody'));
        var chosen = this.scenarioId();
        scenarios.forEach(function (scenario) {
            var id = String(scenario.id);
            var name = text(scenario.name);
            var row = body.appendChild(element('tr', 'pmo-scenario'));
            row.setAttribute('data-scenario', id);
            var nameCell = row.appendChild(element('td', 'pmo-scenario-name'));
            var open = nameCell.appendChild(element('button', 'aui-button aui-button-link pmo-scenario-open', name));
            open.type = 'button';
            open.setAttribute('data-scenario', id);
            open.setAttribute('aria-controls', 'pmo-scenario-compare');
            open.setAttribute('aria-label', AJS.I18n.getText('pmo.portfolio.scenario.open', name));
            if (id === chosen) {
                row.setAttribute('aria-current', 'true');
                open.setAttribute('aria-current', 'true');
            }
            open.addEventListener('click', function () {
                view.choose(scenario);
            });
            row.appendChild(element('td', 'pmo-scenario-model', scenario.scoring ? modelName(scenario.scoring)
                : AJS.I18n.getText('pmo.portfolio.scenario.same', modelName(baseline.scoring))));
            row.appendChild(element('td', 'pmo-scenario-capacity', scenario.capacity ? capacityText(scenario.capacity)
                : AJS.I18n.getText('pmo.portfolio.scenario.same', capacityText(baseline.capacity))));
            row.appendChild(element('td', 'pmo-scenario-by', text(scenario.createdByName || scenario.createdBy)));
            var at = row.appendChild(element('td', 'pmo-scenario-at'));
            var time = at.appendChild(element('time', null, when(scenario.createdAt)));
            time.setAttribute('datetime', text(scenario.createdAt));
            if (view.mayChange) {
                var cell = row.appendChild(element('td', 'pmo-scenario-actions'));
                var remove = cell.appendChild(element('button', 'aui-button aui-button-subtle aui-button-compact '
                    + 'pmo-scenario-delete', AJS.I18n.getText('pmo.portfolio.scenario.delete')));
                remove.type = 'button';
                remove.setAttribute('data-scenario', id);
                remove.setAttribute('aria-haspopup', 'dialog');
                remove.setAttribute('aria-label', AJS.I18n.getText('pmo.portfolio.scenario.delete.label', name));
                remove.addEventListener('click', function () {
                    view.openDelete(scenario, remove);
                });
            }
        });
        return table;
    };

    View.prototype.markChosen = function () {
        var chosen = this.scenarioId();
        Array.prototype.slice.call(this.root.querySelectorAll('tr.pmo-scenario')).forEach(function (row) {
            var current = row.getAttribute('data-scenario') === chosen;
            var open = row.querySelector('button.pmo-scenario-open');
            if (current) {
                row.setAttribute('aria-current', 'true');
                open.setAttribute('aria-current', 'true');
            } else {
                row.removeAttribute('aria-current');
                open.removeAttribute('aria-current');
            }
        });
        var missing = this.root.querySelector('#pmo-scenario-missing');
        if (missing) {
            missing.parentNode.removeChild(missing);
        }
    };

    View.prototype.choose = function (scenario) {
        this.remember(scenario.id, true, 0);
        this.markChosen();
        return this.compare(true);
    };

    /**
     * Loads the chosen scenario's comparison for the view's state and draws it.
     *
     * @param focus whether the focus moves to the comparison's heading once drawn
     */
    View.prototype.compare = function (focus) {
        var view = this;
        var section = this.compareSection;
        var id = this.scenarioId();
        var call = ++this.compares;
        section.hidden = false;
        section.removeAttribute('data-loaded');
        section.setAttribute('aria-busy', 'true');
        section.setAttribute('data-scenario', id);
        section.setAttribute('data-changed', String(this.changedOnly()));
        if (!section.firstChild) {
            section.appendChild(element('p', 'pmo-loading', AJS.I18n.getText('pmo.common.loading')));
        }
        return rest.get(this.context.restPath + '/scenarios/' + encodeURIComponent(id) + '/comparison', {
            changed: String(this.changedOnly()),
            startAt: String(this.startAt()),
            maxResults: String(PAGE_SIZE)
        }).then(function (answer) {
            if (call !== view.compares || !view.context.current()) {
                return;
            }
            view.comparison = answer;
            view.drawComparison(answer);
            section.removeAttribute('aria-busy');
            section.setAttribute('data-loaded', 'true');
            if (focus) {
                view.compareTitle.focus();
            }
        }, function (failure) {
            if (call !== view.compares || !view.context.current()) {
                return;
            }
            view.comparison = null;
            dom.clear(section);
            var box = section.appendChild(element('div', 'aui-message aui-message-error pmo-scenario-failed'));
            box.appendChild(element('p', null, AJS.I18n.getText('pmo.common.error.load')));
            errors.show(failure, section);
            section.removeAttribute('aria-busy');
            section.setAttribute('data-loaded', 'error');
        });
    };

    View.prototype.drawComparison = function (data) {
        var view = this;
        var section = dom.clear(this.compareSection);
        var scenario = data.scenario || {};
        var name = text(scenario.name);
        var header = section.appendChild(element('div', 'pmo-scenario-compare-header'));
        this.compareTitle = header.appendChild(element('h3', 'pmo-scenario-compare-title', AJS.I18n.getText(
            'pmo.portfolio.scenario.compare.title', name)));
        this.compareTitle.id = 'pmo-scenario-compare-title';
        this.compareTitle.tabIndex = -1;
        if (this.mayChange) {
            var commit = header.appendChild(element('button', 'aui-button aui-button-primary pmo-scenario-commit',
                AJS.I18n.getText('pmo.portfolio.scenario.commit')));
            commit.type = 'button';
            commit.id = 'pmo-scenario-commit';
            commit.setAttribute('aria-haspopup', 'dialog');
            commit.addEventListener('click', function () {
                view.openCommit(commit);
            });
        }

        var baseline = this.portfolio || {};
        var sides = section.appendChild(element('div', 'pmo-scenario-sides'));
        sides.appendChild(this.side('baseline', AJS.I18n.getText('pmo.portfolio.scenario.side.baseline'),
            modelName(baseline.scoring), data.baseline));
        sides.appendChild(this.side('trial', AJS.I18n.getText('pmo.portfolio.scenario.side.trial', name),
            scenario.scoring ? modelName(scenario.scoring) : modelName(baseline.scoring), data.trial));

        var counts = section.appendChild(element('p', 'pmo-scenario-counts', AJS.I18n.getText(
            'pmo.portfolio.scenario.counts', String(data.entering), String(data.leaving), String(data.movedUp),
            String(data.movedDown))));
        counts.id = 'pmo-scenario-counts';
        counts.setAttribute('data-entering', String(data.entering));
        counts.setAttribute('data-leaving', String(data.leaving));
        counts.setAttribute('data-moved-up', String(data.movedUp));
        counts.setAttribute('data-moved-down', String(data.movedDown));

        var options = section.appendChild(element('form', 'aui pmo-scenario-options'));
        options.addEventListener('submit', function (event) {
            event.preventDefault();
        });
        var choice = options.appendChild(element('div', 'checkbox'));
        var toggle = choice.appendChild(element('input', 'checkbox'));
        toggle.type = 'checkbox';
        toggle.id = 'pmo-scenario-changed';
        toggle.name = 'changed';
        toggle.checked = this.changedOnly();
        var label = choice.appendChild(element('label', null, AJS.I18n.getText('pmo.portfolio.scenario.changed')));
        label.setAttribute('for', toggle.id);
        toggle.addEventListener('change', function () {
            view.remember(view.scenarioId(), toggle.checked, 0);
            view.compare(false).then(function () {
                var again = document.getElementById('pmo-scenario-changed');
                if (again) {
                    again.focus();
                }
            });
        });

        section.appendChild(this.rowsTable(data, name));
        section.appendChild(this.paging(data));
    };

    View.prototype.side = function (which, title, scoring, line) {
        var block = element('section', 'pmo-scenario-side pmo-scenario-side-' + which);
        block.id = 'pmo-scenario-side-' + which;
        block.setAttribute('aria-labelledby', block.id + '-title');
        var heading = block.appendChild(element('h4', 'pmo-scenario-side-title', title));
        heading.id = block.id + '-title';
        var list = block.appendChild(element('dl', 'pmo-scenario-side-facts'));
        line = line || {};
        var unit = text(line.unitName || line.unit);
        fact(list, 'pmo-side-model', AJS.I18n.getText('pmo.portfolio.board.summary.model'), scoring, scoring);
        fact(list, 'pmo-side-funded', AJS.I18n.getText('pmo.portfolio.board.summary.funded'),
            String(line.fundedCount), line.fundedCount);
        var committed = fact(list, 'pmo-side-committed', AJS.I18n.getText('pmo.portfolio.board.summary.committed'),
            line.period ? AJS.I18n.getText('pmo.portfolio.board.summary.committed.period', model.amount(line.committed),
                model.amount(line.capacity), unit, text(line.period))
                : AJS.I18n.getText('pmo.portfolio.board.summary.committed.value', model.amount(line.committed),
                    model.amount(line.capacity), unit), line.committed);
        committed.setAttribute('data-capacity', String(line.capacity));
        var meter = committed.appendChild(element('span', 'pmo-capacity-meter'));
        meter.setAttribute('aria-hidden', 'true');
        var fill = meter.appendChild(element('span', 'pmo-capacity-fill'));
        var share = line.capacity > 0 ? Math.min(100, Math.max(0, line.committed / line.capacity * 100))
            : (line.committed > 0 ? 100 : 0);
        fill.style.width = share + '%';
        fill.classList.toggle('pmo-capacity-over', line.committed > line.capacity);
        fact(list, 'pmo-side-remaining', AJS.I18n.getText('pmo.portfolio.board.summary.remaining'),
            AJS.I18n.getText('pmo.portfolio.board.amount', model.amount(line.remaining), unit), line.remaining);
        fact(list, 'pmo-side-last', AJS.I18n.getText('pmo.portfolio.scenario.side.last'),
            line.lastRankAboveLine > 0 ? String(line.lastRankAboveLine) : AJS.I18n.getText(
                'pmo.portfolio.scenario.side.last.none'), line.lastRankAboveLine);
        if (line.overCommitted) {
            var warning = block.appendChild(element('div', 'aui-message aui-message-warning pmo-portfolio-warning'));
            warning.appendChild(element('p', null, AJS.I18n.getText('pmo.portfolio.board.overcommitted',
                model.amount(line.forcedIn), model.amount(line.capacity), unit)));
        }
        return block;
    };

    View.prototype.rowsTable = function (data, name) {
        var table = element('table', 'aui pmo-portfolio-table pmo-scenario-table');
        table.id = 'pmo-scenario-table';
        var shown = data.rows.length;
        table.appendChild(element('caption', 'assistive', this.changedOnly() ? AJS.I18n.getText(
            'pmo.portfolio.scenario.caption.changed', name) : AJS.I18n.getText('pmo.portfolio.scenario.caption',
            name)));
        var columns = [
            {id: 'key', label: AJS.I18n.getText('pmo.portfolio.board.column.key')},
            {id: 'title', label: AJS.I18n.getText('pmo.portfolio.board.column.title')},
            {id: 'baseline-rank', label: AJS.I18n.getText('pmo.portfolio.scenario.column.baseline-rank'),
                numeric: true},
            {id: 'trial-rank', label: AJS.I18n.getText('pmo.portfolio.scenario.column.trial-rank'), numeric: true},
            {id: 'places', label: AJS.I18n.getText('pmo.portfolio.scenario.column.places'), numeric: true},
            {id: 'baseline-funding', label: AJS.I18n.getText('pmo.portfolio.scenario.column.baseline-funding')},
            {id: 'trial-funding', label: AJS.I18n.getText('pmo.portfolio.scenario.column.trial-funding')},
            {id: 'change', label: AJS.I18n.getText('pmo.portfolio.scenario.column.change')}
        ];
        var head = table.appendChild(element('thead')).appendChild(element('tr'));
        columns.forEach(function (column) {
            var th = head.appendChild(element('th', 'pmo-col-' + column.id + (column.numeric ? ' pmo-numeric' : ''),
                column.label));
            th.setAttribute('scope', 'col');
        });
        var body = table.appendChild(element('tbody'));
        if (shown === 0) {
            var empty = body.appendChild(element('tr', 'pmo-scenario-row-none'));
            var cell = empty.appendChild(element('td', null, this.changedOnly() ? AJS.I18n.getText(
                'pmo.portfolio.scenario.empty.changed') : AJS.I18n.getText('pmo.portfolio.scenario.empty')));
            cell.setAttribute('colspan', String(columns.length));
            return table;
        }
        data.rows.forEach(function (item) {
            body.appendChild(row(item));
        });
        return table;
    };

    function fundingBadge(td, funding) {
        var badge = td.appendChild(element('span', 'aui-lozenge pmo-funding-badge pmo-funding-' + text(funding) + ' '
            + model.funding(funding).lozenge, FUNDING_NAMES[funding] || text(funding)));
        badge.setAttribute('data-funding', text(funding));
    }

    function row(item) {
        var key = text(item.key);
        var tr = element('tr', 'pmo-scenario-row');
        tr.setAttribute('data-key', key);
        tr.setAttribute('data-baseline-rank', String(item.baselineRank));
        tr.setAttribute('data-trial-rank', String(item.trialRank));
        tr.setAttribute('data-places', String(item.placesGained));
        tr.setAttribute('data-change', text(item.change));
        var keyCell = tr.appendChild(element('td', 'pmo-col-key'));
        var link = keyCell.appendChild(element('a', null, key));
        link.href = contextPath() + '/browse/' + encodeURIComponent(key);
        tr.appendChild(element('td', 'pmo-col-title', text(item.title)));
        tr.appendChild(element('td', 'pmo-col-baseline-rank pmo-numeric', String(item.baselineRank)));
        tr.appendChild(element('td', 'pmo-col-trial-rank pmo-numeric', String(item.trialRank)));
        var places = tr.appendChild(element('td', 'pmo-col-places pmo-numeric'));
        var gained = item.placesGained;
        var shown = places.appendChild(element('span', 'pmo-places pmo-places-' + (gained > 0 ? 'up'
            : gained < 0 ? 'down' : 'same')));
        shown.setAttribute('aria-hidden', 'true');
        shown.appendChild(element('span', 'pmo-places-number', gained > 0 ? '+' + gained : gained < 0
            ? '\u2212' + Math.abs(gained) : '0'));
        if (gained !== 0) {
            shown.appendChild(element('span', 'pmo-places-arrow', gained > 0 ? '\u25b2' : '\u25bc'));
        }
        places.appendChild(element('span', 'assistive', gained > 0 ? (gained === 1 ? AJS.I18n.getText(
            'pmo.portfolio.scenario.places.up.one') : AJS.I18n.getText('pmo.portfolio.scenario.places.up',
            String(gained))) : gained < 0 ? (gained === -1 ? AJS.I18n.getText('pmo.portfolio.scenario.places.down.one')
            : AJS.I18n.getText('pmo.portfolio.scenario.places.down', String(-gained)))
            : AJS.I18n.getText('pmo.portfolio.scenario.places.same')));
        fundingBadge(tr.appendChild(element('td', 'pmo-col-baseline-funding')), item.baselineFunding);
        fundingBadge(tr.appendChild(element('td', 'pmo-col-trial-funding')), item.trialFunding);
        var moved = movement(item);
        var change = tr.appendChild(element('td', 'pmo-col-change')).appendChild(element('span',
            'aui-lozenge pmo-change-badge ' + MOVEMENTS[moved].lozenge, MOVEMENTS[moved].label));
        change.setAttribute('data-movement', moved);
        return tr;
    }

    View.prototype.paging = function (data) {
        var view = this;
        var nav = element('nav', 'pmo-portfolio-paging pmo-scenario-paging');
        nav.id = 'pmo-scenario-paging';
        nav.setAttribute('aria-label', AJS.I18n.getText('pmo.portfolio.scenario.paging'));
        var shown = data.rows.length;
        var previous = nav.appendChild(element('button', 'aui-button', AJS.I18n.getText('pmo.portfolio.board.previous')));
        previous.type = 'button';
        previous.id = 'pmo-scenario-previous';
        previous.disabled = data.startAt <= 0;
        var next = nav.appendChild(element('button', 'aui-button', AJS.I18n.getText('pmo.portfolio.board.next')));
        next.type = 'button';
        next.id = 'pmo-scenario-next';
        next.disabled = data.startAt + shown >= data.matching;
        var range = nav.appendChild(element('span', 'pmo-portfolio-range', shown === 0 ? AJS.I18n.getText(
            'pmo.portfolio.board.range.none', String(data.matching)) : AJS.I18n.getText('pmo.portfolio.board.range',
            String(data.startAt + 1), String(data.startAt + shown), String(data.matching))));
        range.id = 'pmo-scenario-range';
        range.setAttribute('data-total', String(data.matching));
        range.setAttribute('aria-live', 'polite');
        function turn(startAt, button) {
            view.remember(view.scenarioId(), view.changedOnly(), Math.max(0, startAt));
            view.compare(false).then(function () {
                var again = document.getElementById(button);
                if (again && !again.disabled) {
                    again.focus();
                } else if (view.compareTitle) {
                    view.compareTitle.focus();
                }
            });
        }
        previous.addEventListener('click', function () {
            turn(data.startAt - PAGE_SIZE, 'pmo-scenario-previous');
        });
        next.addEventListener('click', function () {
            turn(data.startAt + PAGE_SIZE, 'pmo-scenario-next');
        });
        return nav;
    };

    /** Where the focus goes when what opened a dialog is gone: the view's heading. */
    View.prototype.focusFallback = function () {
        var view = this;
        return function () {
            var heading = document.getElementById('pmo-scenario-heading');
            if (heading) {
                heading.tabIndex = -1;
                heading.focus();
            } else {
                view.container.tabIndex = -1;
                view.container.focus();
            }
        };
    };

    View.prototype.openCreate = function (opener) {
        var parts = dialogs().create;
        var baseline = this.portfolio || {};
        parts.owner = this;
        errors.clear(parts.modal.node);
        parts.intro.textContent = AJS.I18n.getText('pmo.portfolio.scenario.create.intro', text(baseline.name));
        parts.name.value = '';
        parts.sameModel.textContent = AJS.I18n.getText('pmo.portfolio.scenario.model.same',
            modelName(baseline.scoring));
        parts.model.value = '';
        parts.modelHint.textContent = baseline.scoring && baseline.scoring.model === 'WEIGHTED'
            ? AJS.I18n.getText('pmo.portfolio.scenario.model.hint.weighted')
            : AJS.I18n.getText('pmo.portfolio.scenario.model.hint');
        parts.amount.value = '';
        parts.amountHint.textContent = AJS.I18n.getText('pmo.portfolio.scenario.capacity.hint',
            text(baseline.capacity && (baseline.capacity.unitName || baseline.capacity.unit)),
            capacityText(baseline.capacity));
        parts.setBusy(false, 'open');
        parts.modal.open(opener, parts.name, null, this.focusFallback());
        parts.modal.node.setAttribute('data-state', 'open');
    };

    /** The create form's body, or null with the reasons shown when the amount is not a number. */
    View.prototype.createBody = function (parts) {
        var baseline = (this.portfolio && this.portfolio.scoring) || {};
        var body = {name: parts.name.value};
        var chosen = parts.model.value;
        if (chosen) {
            body.scoring = {model: chosen};
            // The weighted model's criteria and MoSCoW's caps are the baseline's when it has the same model.
            if (chosen === 'WEIGHTED' && baseline.model === 'WEIGHTED' && baseline.criteria) {
                body.scoring.criteria = baseline.criteria;
            }
            if (chosen === 'MOSCOW' && baseline.model === 'MOSCOW' && baseline.caps) {
                body.scoring.caps = baseline.caps;
            }
        }
        var typed = parts.amount.value.trim();
        if ((parts.amount.validity && parts.amount.validity.badInput) || (typed !== '' && !isFinite(Number(typed)))) {
            errors.show({status: 400, body: {errorMessages: [], errors: {
                'capacity.amount': AJS.I18n.getText('pmo.portfolio.board.inputs.not-a-number')}}}, parts.modal.node);
            return null;
        }
        if (typed !== '') {
            body.capacity = {amount: Number(typed)};
        }
        return body;
    };

    View.prototype.sendCreate = function () {
        var view = this;
        var parts = dialogs().create;
        errors.clear(parts.modal.node);
        var body = this.createBody(parts);
        if (!body) {
            parts.setBusy(false, 'failed');
            return Promise.resolve();
        }
        parts.setBusy(true, 'saving');
        return rest.post(this.context.restPath + '/scenarios', body).then(function (created) {
            parts.setBusy(false, 'closed');
            parts.owner = null;
            parts.modal.close();
            parts.modal.node.setAttribute('data-state', 'closed');
            flagSuccess(AJS.I18n.getText('pmo.portfolio.scenario.created', text(created.name)));
            view.context.announce(AJS.I18n.getText('pmo.portfolio.scenario.created', text(created.name)));
            view.remember(created.id, true, 0);
            return view.load().then(function () {
                if (view.compareTitle && document.body.contains(view.compareTitle)) {
                    view.compareTitle.focus();
                }
            });
        }, function (failure) {
            errors.show(besideFields(failure), parts.modal.node);
            parts.setBusy(false, 'failed');
        });
    };

    View.prototype.openDelete = function (scenario, opener) {
        var parts = dialogs().remove;
        parts.owner = this;
        parts.scenario = scenario;
        errors.clear(parts.modal.node);
        parts.modal.title.textContent = AJS.I18n.getText('pmo.portfolio.scenario.delete.title', text(scenario.name));
        parts.what.textContent = AJS.I18n.getText('pmo.portfolio.scenario.delete.what');
        dom.clear(parts.facts);
        parts.setBusy(false);
        parts.modal.node.setAttribute('data-scenario', String(scenario.id));
        parts.modal.open(opener, parts.confirm, null, this.focusFallback());
    };

    View.prototype.sendDelete = function () {
        var view = this;
        var parts = dialogs().remove;
        var scenario = parts.scenario;
        errors.clear(parts.modal.node);
        parts.setBusy(true);
        return rest.del(this.context.restPath + '/scenarios/' + encodeURIComponent(String(scenario.id)),
            {version: String(scenario.version)}).then(function () {
            parts.busy = false;
            parts.owner = null;
            parts.modal.close();
            parts.modal.node.setAttribute('data-state', 'closed');
            flagSuccess(AJS.I18n.getText('pmo.portfolio.scenario.deleted', text(scenario.name)));
            view.context.announce(AJS.I18n.getText('pmo.portfolio.scenario.deleted', text(scenario.name)));
            if (String(scenario.id) === view.scenarioId()) {
                view.remember(null, true, 0);
            }
            return view.load().then(view.focusFallback());
        }, function (failure) {
            parts.setBusy(false);
            parts.modal.node.setAttribute('data-state', 'failed');
            errors.show(failure, parts.modal.node);
        });
    };

    View.prototype.openCommit = function (opener) {
        var parts = dialogs().commit;
        var data = this.comparison;
        if (!data) {
            return;
        }
        var scenario = data.scenario || {};
        var baseline = this.portfolio || {};
        parts.owner = this;
        parts.compared = data;
        errors.clear(parts.modal.node);
        parts.modal.title.textContent = AJS.I18n.getText('pmo.portfolio.scenario.commit.title', text(scenario.name));
        parts.what.textContent = AJS.I18n.getText('pmo.portfolio.scenario.commit.what', text(baseline.name));
        dom.clear(parts.facts);
        fact(parts.facts, 'pmo-commit-model', AJS.I18n.getText('pmo.portfolio.board.summary.model'),
            scenario.scoring ? AJS.I18n.getText('pmo.portfolio.scenario.commit.from', modelName(baseline.scoring),
                modelName(scenario.scoring)) : AJS.I18n.getText('pmo.portfolio.scenario.commit.unchanged',
                modelName(baseline.scoring)));
        fact(parts.facts, 'pmo-commit-capacity', AJS.I18n.getText('pmo.portfolio.scenario.capacity'),
            scenario.capacity ? AJS.I18n.getText('pmo.portfolio.scenario.commit.from', capacityText(baseline.capacity),
                capacityText(scenario.capacity)) : AJS.I18n.getText('pmo.portfolio.scenario.commit.unchanged',
                capacityText(baseline.capacity)));
        fact(parts.facts, 'pmo-commit-effect', AJS.I18n.getText('pmo.portfolio.scenario.commit.effect'),
            AJS.I18n.getText('pmo.portfolio.scenario.counts', String(data.entering), String(data.leaving),
                String(data.movedUp), String(data.movedDown)));
        parts.setBusy(false);
        parts.modal.node.setAttribute('data-scenario', String(scenario.id));
        parts.modal.open(opener, parts.confirm, null, this.focusFallback());
    };

    View.prototype.sendCommit = function () {
        var view = this;
        var parts = dialogs().commit;
        var data = parts.compared;
        var name = text(data.scenario && data.scenario.name);
        errors.clear(parts.modal.node);
        parts.setBusy(true);
        return rest.post(this.context.restPath + '/scenarios/' + encodeURIComponent(String(data.scenario.id))
            + '/commit', {version: data.portfolioVersion, rankVersion: data.rankVersion}).then(function (committed) {
            parts.busy = false;
            parts.owner = null;
            parts.modal.close();
            parts.modal.node.setAttribute('data-state', 'closed');
            flagSuccess(AJS.I18n.getText('pmo.portfolio.scenario.committed', name, text(committed && committed.name)));
            var container = view.container;
            return view.context.show('list').then(function () {
                container.tabIndex = -1;
                container.focus();
                view.context.announce(AJS.I18n.getText('pmo.portfolio.scenario.committed.announce', name));
            });
        }, function (failure) {
            parts.setBusy(false);
            if (failure && failure.status === 409) {
                // Someone changed the portfolio since the comparison: say so, and compare again as it now is.
                parts.owner = null;
                parts.modal.close();
                parts.modal.node.setAttribute('data-state', 'closed');
                errors.show(failure, view.root);
                return view.compare(true);
            }
            parts.modal.node.setAttribute('data-state', 'failed');
            errors.show(failure, parts.modal.node);
            return null;
        });
    };

    /**
     * Draws the view into the container for the board's context; resolves once the list (and the chosen
     * comparison) is drawn, rejects with the REST failure when the list could not be loaded.
     */
    function render(container, context) {
        return new View(container, context).load();
    }

    return {
        PARAMS: PARAMS,
        render: render
    };
});
