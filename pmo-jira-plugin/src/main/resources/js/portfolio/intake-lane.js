/*
 * pmo/portfolio/intake-lane: the board's Intake view (view=intake): requests for new initiatives,
 * GET /rest/pmo/1.0/portfolios/{id}/intake, waiting until a PMO lead accepts, rejects with a reason or asks for more
 * information. intakeState=open (the default: pending and waiting for information), PENDING, INFO_REQUESTED,
 * ACCEPTED, REJECTED or all in the URL chooses which.
 *
 * Who may create issues in the portfolio's intake project (the lane's mayRequest) requests one: POST .../intake with
 * a title, the business case, a sponsor and the scoring inputs of the portfolio's model. Who decides (mayDecide)
 * sees every request and decides, POST .../intake/{request}/decision with the version read; rejecting and asking
 * need a reason. A requester sees their own and answers a question, POST .../intake/{request}/answer. Every
 * decision is listed on the request. A 400's reasons go beside the form's fields; a 409 (someone decided first)
 * says so in a flag and the lane is loaded again.
 *
 * Hooks for tests and styles (inside the board's #pmo-portfolio-content):
 *   #pmo-intake-lane[data-loaded]     true once drawn; data-may-request, data-may-decide
 *   #pmo-intake-state                 the state filter (select); #pmo-intake-new (only with mayRequest)
 *   ol#pmo-intake-requests            li.pmo-intake-request[data-request][data-state][data-version][data-mine]:
 *                                     .pmo-intake-title, .pmo-intake-sponsor, .pmo-intake-by, .pmo-intake-state
 *                                     (a lozenge), .pmo-intake-case, .pmo-intake-inputs, a.pmo-intake-issue (once
 *                                     accepted), ol.pmo-intake-decisions > li[data-outcome] (.pmo-decision-reason);
 *                                     button.pmo-intake-action[data-action=ACCEPT|REJECT|REQUEST_INFO|answer]
 *   #pmo-intake-none                  when no request is in the chosen state
 *   #pmo-intake-dialog                the request form #pmo-intake-form: input[name=title], textarea[name=
 *                                     businessCase], input[name=sponsor], an input per scoring input (name = the
 *                                     input's field name); #pmo-intake-save, #pmo-intake-cancel
 *   #pmo-intake-decision-dialog       the decision or answer: textarea[name=reason] or [name=information];
 *                                     #pmo-intake-decision-confirm, #pmo-intake-decision-cancel
 * Each dialog's data-state is closed, open, saving or failed.
 */
define('pmo/portfolio/intake-lane', ['pmo/common/rest', 'pmo/common/errors', 'pmo/common/dom', 'pmo/common/flags',
    'pmo/common/format', 'wrm/context-path', 'pmo/portfolio/board-model', 'pmo/portfolio/dialog'],
function (rest, errors, dom, flags, format, contextPath, model, dialog) {
    'use strict';

    var when = format.dateTime;
    var flagSuccess = flags.success;

    var element = dom.element;
    /** The URL query parameters this view keeps its state in. */
    var PARAMS = ['intakeState'];
    var STATES = {
        open: ['PENDING', 'INFO_REQUESTED'],
        PENDING: ['PENDING'],
        INFO_REQUESTED: ['INFO_REQUESTED'],
        ACCEPTED: ['ACCEPTED'],
        REJECTED: ['REJECTED'],
        all: []
    };
    var LOZENGES = {
        PENDING: 'aui-lozenge-current',
        INFO_REQUESTED: 'aui-lozenge-moved',
        ACCEPTED: 'aui-lozenge-success',
        REJECTED: 'aui-lozenge-removed'
    };
    /** Each action: its button, the dialog's title (of the request's title), the text field's label. */
    var ACTIONS = {
        ACCEPT: {label: AJS.I18n.getText('pmo.portfolio.intake.action.accept'), required: false,
            reason: AJS.I18n.getText('pmo.portfolio.intake.accept.reason'),
            title: function (title) {
                return AJS.I18n.getText('pmo.portfolio.intake.accept.title', title);
            }},
        REJECT: {label: AJS.I18n.getText('pmo.portfolio.intake.action.reject'), required: true,
            reason: AJS.I18n.getText('pmo.portfolio.intake.reject.reason'),
            title: function (title) {
                return AJS.I18n.getText('pmo.portfolio.intake.reject.title', title);
            }},
        REQUEST_INFO: {label: AJS.I18n.getText('pmo.portfolio.intake.action.ask'), required: true,
            reason: AJS.I18n.getText('pmo.portfolio.intake.ask.reason'),
            title: function (title) {
                return AJS.I18n.getText('pmo.portfolio.intake.ask.title', title);
            }},
        answer: {label: AJS.I18n.getText('pmo.portfolio.intake.action.answer'), required: true,
            reason: AJS.I18n.getText('pmo.portfolio.intake.answer.information'),
            title: function (title) {
                return AJS.I18n.getText('pmo.portfolio.intake.answer.title', title);
            }}
    };
    var FILTERS = {
        open: AJS.I18n.getText('pmo.portfolio.intake.filter.open'),
        PENDING: AJS.I18n.getText('pmo.portfolio.intake.filter.pending'),
        INFO_REQUESTED: AJS.I18n.getText('pmo.portfolio.intake.filter.info-requested'),
        ACCEPTED: AJS.I18n.getText('pmo.portfolio.intake.filter.accepted'),
        REJECTED: AJS.I18n.getText('pmo.portfolio.intake.filter.rejected'),
        all: AJS.I18n.getText('pmo.portfolio.intake.filter.all')
    };

    /** The dialogs, built once for the page and shared by every drawing of the lane. */
    var dialogs = null;


    function field(form, label, name, kind, hint) {
        var group = form.appendChild(element('div', 'field-group'));
        var id = 'pmo-intake-field-' + name;
        var labelNode = group.appendChild(element('label', null, label));
        labelNode.setAttribute('for', id);
        var input = group.appendChild(element(kind === 'textarea' ? 'textarea' : 'input',
            kind === 'textarea' ? 'textarea long-field' : 'text long-field'));
        if (kind === 'number') {
            input.type = 'number';
            input.step = 'any';
            input.setAttribute('inputmode', 'decimal');
            input.className = 'text medium-field';
        } else if (kind !== 'textarea') {
            input.type = 'text';
        } else {
            input.rows = 5;
        }
        input.id = id;
        input.name = name;
        input.setAttribute('data-pmo-field', name);
        if (hint) {
            var description = group.appendChild(element('div', 'description', hint));
            description.id = id + '-hint';
            input.setAttribute('aria-describedby', description.id);
        }
        return input;
    }

    function footer(modal, confirmId, cancelId, confirmLabel) {
        var confirm = modal.footer.appendChild(element('button', 'aui-button aui-button-primary', confirmLabel));
        confirm.type = 'submit';
        confirm.id = confirmId;
        var cancel = modal.footer.appendChild(element('button', 'aui-button aui-button-link',
            AJS.I18n.getText('pmo.common.cancel')));
        cancel.type = 'button';
        cancel.id = cancelId;
        cancel.addEventListener('click', function () {
            modal.cancel();
        });
        return confirm;
    }

    function buildDialogs() {
        var request = dialog.modal('pmo-intake-dialog', AJS.I18n.getText('pmo.portfolio.intake.new.title'));
        var form = request.content.appendChild(element('form', 'aui pmo-intake-form'));
        form.id = 'pmo-intake-form';
        form.noValidate = true;
        var save = footer(request, 'pmo-intake-save', 'pmo-intake-cancel',
            AJS.I18n.getText('pmo.portfolio.intake.new.submit'));
        save.setAttribute('form', form.id);

        var decision = dialog.modal('pmo-intake-decision-dialog', '');
        var decisionForm = decision.content.appendChild(element('form', 'aui'));
        decisionForm.id = 'pmo-intake-decision-form';
        decisionForm.noValidate = true;
        var intro = decisionForm.appendChild(element('p', 'pmo-intake-decision-intro'));
        var confirm = footer(decision, 'pmo-intake-decision-confirm', 'pmo-intake-decision-cancel', '');
        confirm.setAttribute('form', decisionForm.id);
        return {request: request, form: form, save: save, decision: decision, decisionForm: decisionForm,
            intro: intro, confirm: confirm, onSubmit: null, onDecide: null};
    }

    function shared() {
        if (!dialogs) {
            dialogs = buildDialogs();
            dialogs.form.addEventListener('submit', function (event) {
                event.preventDefault();
                if (dialogs.onSubmit) {
                    dialogs.onSubmit();
                }
            });
            dialogs.decisionForm.addEventListener('submit', function (event) {
                event.preventDefault();
                if (dialogs.onDecide) {
                    dialogs.onDecide();
                }
            });
        }
        return dialogs;
    }

    function Lane(container, context) {
        this.container = container;
        this.context = context;
        this.state = STATES[context.params.intakeState] ? context.params.intakeState : 'open';
        this.path = context.restPath + '/intake';
    }

    Lane.prototype.load = function () {
        var lane = this;
        var params = {};
        if (STATES[this.state].length) {
            params.state = STATES[this.state];
        }
        return Promise.all([rest.get(this.path, params), rest.get(this.context.restPath)])
            .then(function (answers) {
                if (lane.context.current()) {
                    lane.draw(answers[0], answers[1]);
                }
            });
    };

    Lane.prototype.draw = function (data, portfolio) {
        var lane = this;
        this.data = data;
        this.portfolio = portfolio;
        var root = element('section', 'pmo-intake-lane');
        root.id = 'pmo-intake-lane';
        root.setAttribute('aria-labelledby', 'pmo-intake-heading');
        root.setAttribute('data-may-request', String(Boolean(data.mayRequest)));
        root.setAttribute('data-may-decide', String(Boolean(data.mayDecide)));
        var heading = root.appendChild(element('h2', 'pmo-intake-heading', AJS.I18n.getText('pmo.portfolio.intake.heading')));
        heading.id = 'pmo-intake-heading';
        root.appendChild(element('p', 'pmo-intake-intro', data.intakeProject
            ? AJS.I18n.getText('pmo.portfolio.intake.intro.project', data.intakeProject) : AJS.I18n.getText('pmo.portfolio.intake.intro')));

        var toolbar = root.appendChild(element('div', 'aui pmo-toolbar pmo-intake-toolbar'));
        var group = toolbar.appendChild(element('div', 'field-group pmo-toolbar-field'));
        var label = group.appendChild(element('label', null, AJS.I18n.getText('pmo.portfolio.intake.state')));
        label.setAttribute('for', 'pmo-intake-state');
        var select = group.appendChild(element('select', 'select'));
        select.id = 'pmo-intake-state';
        Object.keys(STATES).forEach(function (name) {
            var option = select.appendChild(element('option', null, FILTERS[name]));
            option.value = name;
            option.selected = name === lane.state;
        });
        select.addEventListener('change', function () {
            lane.state = select.value;
            lane.context.setParams({intakeState: select.value === 'open' ? null : select.value});
            lane.load().then(function () {
                var again = document.getElementById('pmo-intake-state');
                if (again) {
                    again.focus();
                }
            });
        });
        if (data.mayRequest) {
            var create = toolbar.appendChild(element('button', 'aui-button aui-button-primary',
                AJS.I18n.getText('pmo.portfolio.intake.new')));
            create.type = 'button';
            create.id = 'pmo-intake-new';
            create.addEventListener('click', function () {
                lane.openRequestForm(create);
            });
        }

        if (!data.requests.length) {
            var none = root.appendChild(element('p', 'pmo-intake-none', AJS.I18n.getText('pmo.portfolio.intake.none')));
            none.id = 'pmo-intake-none';
        } else {
            var list = root.appendChild(element('ol', 'pmo-intake-requests'));
            list.id = 'pmo-intake-requests';
            data.requests.forEach(function (request) {
                list.appendChild(lane.request(request));
            });
        }
        root.setAttribute('data-loaded', 'true');
        dom.clear(this.container).appendChild(root);
    };

    Lane.prototype.request = function (request) {
        var lane = this;
        var item = element('li', 'pmo-intake-request');
        item.setAttribute('data-request', String(request.id));
        item.setAttribute('data-state', request.state);
        item.setAttribute('data-version', String(request.version));
        item.setAttribute('data-mine', String(Boolean(request.mine)));
        var head = item.appendChild(element('div', 'pmo-intake-head'));
        var title = head.appendChild(element('h3', 'pmo-intake-title', request.title));
        title.id = 'pmo-intake-title-' + request.id;
        item.setAttribute('aria-labelledby', title.id);
        head.appendChild(element('span', 'aui-lozenge pmo-intake-state ' + (LOZENGES[request.state] || ''),
            request.stateName));
        if (request.issueKey) {
            var link = head.appendChild(element('a', 'pmo-intake-issue', request.issueKey));
            link.href = contextPath() + '/browse/' + encodeURIComponent(request.issueKey);
        }
        var facts = item.appendChild(element('dl', 'pmo-intake-facts'));
        [[AJS.I18n.getText('pmo.portfolio.intake.sponsor'), request.sponsor || '-', 'pmo-intake-sponsor'],
            [AJS.I18n.getText('pmo.portfolio.intake.requested-by'), AJS.I18n.getText('pmo.portfolio.intake.by-at',
                request.requestedByName || request.requestedBy, when(request.requestedAt)), 'pmo-intake-by']].forEach(function (fact) {
            facts.appendChild(element('dt', null, fact[0]));
            facts.appendChild(element('dd', fact[2], fact[1]));
        });
        var inputs = Object.keys(request.inputs || {});
        if (inputs.length) {
            facts.appendChild(element('dt', null, AJS.I18n.getText('pmo.portfolio.intake.inputs')));
            facts.appendChild(element('dd', 'pmo-intake-inputs', inputs.map(function (name) {
                return model.label(name) + ' ' + model.amount(request.inputs[name]);
            }).join(', ')));
        }
        item.appendChild(element('p', 'pmo-intake-case', request.businessCase));
        if (request.decisions.length) {
            var history = item.appendChild(element('ol', 'pmo-intake-decisions'));
            history.setAttribute('aria-label', AJS.I18n.getText('pmo.portfolio.intake.decisions'));
            request.decisions.forEach(function (decision, index) {
                var entry = history.appendChild(element('li', 'pmo-intake-decision'));
                entry.setAttribute('data-outcome', decision.outcome);
                // An accepted request is closed: a later state is Jira refusing to create the initiative.
                var previous = index > 0 ? request.decisions[index - 1] : null;
                var failed = Boolean(previous && previous.outcome === 'ACCEPTED' && decision.outcome !== 'ACCEPTED');
                if (failed) {
                    entry.setAttribute('data-acceptance-failed', 'true');
                }
                var by = decision.byName || decision.by;
                entry.appendChild(element('span', 'pmo-decision-what', failed
                    ? AJS.I18n.getText('pmo.portfolio.intake.decision.accept-failed', decision.outcomeName, by,
                        when(decision.at))
                    : AJS.I18n.getText('pmo.portfolio.intake.decision.line', decision.outcomeName, by,
                        when(decision.at))));
                if (decision.reason) {
                    entry.appendChild(element('q', 'pmo-decision-reason', decision.reason));
                }
            });
        }
        var actions = [];
        if (this.data.mayDecide && (request.state === 'PENDING' || request.state === 'INFO_REQUESTED')) {
            actions = request.state === 'PENDING' ? ['ACCEPT', 'REQUEST_INFO', 'REJECT'] : ['ACCEPT', 'REJECT'];
        }
        if (request.mine && request.state === 'INFO_REQUESTED') {
            actions.push('answer');
        }
        if (actions.length) {
            var buttons = item.appendChild(element('div', 'aui-buttons pmo-intake-actions'));
            actions.forEach(function (action) {
                var button = buttons.appendChild(element('button', 'aui-button pmo-intake-action'
                    + (action === 'ACCEPT' || action === 'answer' ? ' aui-button-primary' : ''),
                    ACTIONS[action].label));
                button.type = 'button';
                button.setAttribute('data-action', action);
                button.setAttribute('aria-describedby', title.id);
                button.addEventListener('click', function () {
                    lane.openDecision(request, action, button);
                });
            });
        }
        return item;
    };

    Lane.prototype.openRequestForm = function (opener) {
        var lane = this;
        var parts = shared();
        dom.clear(parts.form);
        errors.clear(parts.request.node);
        var first = field(parts.form, AJS.I18n.getText('pmo.portfolio.intake.field.title'), 'title', 'text');
        field(parts.form, AJS.I18n.getText('pmo.portfolio.intake.field.business-case'), 'businessCase', 'textarea');
        field(parts.form, AJS.I18n.getText('pmo.portfolio.intake.field.sponsor'), 'sponsor', 'text');
        var names = model.inputsFor(this.portfolio.scoring, {});
        if (names.length) {
            parts.form.appendChild(element('h3', 'pmo-intake-inputs-heading', AJS.I18n.getText('pmo.portfolio.intake.inputs')));
        }
        names.forEach(function (name) {
            field(parts.form, model.label(name), name, 'number', model.scaleHint(name));
        });
        parts.request.node.setAttribute('data-state', 'open');
        parts.onSubmit = function () {
            lane.submitRequest(parts, names);
        };
        parts.request.open(opener, first);
    };

    Lane.prototype.submitRequest = function (parts, names) {
        var lane = this;
        var value = function (name) {
            return parts.form.querySelector('[name="' + name + '"]').value;
        };
        var inputs = {};
        var invalid = {};
        names.forEach(function (name) {
            var input = parts.form.querySelector('[name="' + name + '"]');
            var typed = input.value.trim();
            if ((input.validity && input.validity.badInput) || (typed !== '' && !isFinite(Number(typed)))) {
                invalid[name] = AJS.I18n.getText('pmo.portfolio.board.inputs.not-a-number');
            } else if (typed !== '') {
                inputs[name] = Number(typed);
            }
        });
        if (Object.keys(invalid).length) {
            errors.show({status: 400, body: {errorMessages: [], errors: invalid}}, parts.request.node);
            parts.request.node.setAttribute('data-state', 'failed');
            return;
        }
        errors.clear(parts.request.node);
        parts.save.setAttribute('aria-disabled', 'true');
        parts.request.node.setAttribute('data-state', 'saving');
        rest.post(this.path, {title: value('title'), businessCase: value('businessCase'), sponsor: value('sponsor'),
            inputs: inputs}).then(function (created) {
            parts.save.setAttribute('aria-disabled', 'false');
            parts.request.close();
            parts.request.node.setAttribute('data-state', 'closed');
            lane.context.announce(AJS.I18n.getText('pmo.portfolio.intake.submitted', created.title));
            flagSuccess(AJS.I18n.getText('pmo.portfolio.intake.submitted', created.title));
            return lane.load();
        }, function (failure) {
            parts.save.setAttribute('aria-disabled', 'false');
            errors.show(failure, parts.request.node);
            parts.request.node.setAttribute('data-state', 'failed');
        });
    };

    Lane.prototype.openDecision = function (request, action, opener) {
        var lane = this;
        var parts = shared();
        var spec = ACTIONS[action];
        var name = action === 'answer' ? 'information' : 'reason';
        errors.clear(parts.decision.node);
        parts.decision.title.textContent = spec.title(request.title);
        parts.intro.textContent = action === 'answer' && request.decisions.length
            ? request.decisions[request.decisions.length - 1].reason : '';
        Array.prototype.slice.call(parts.decisionForm.querySelectorAll('.field-group')).forEach(function (node) {
            node.parentNode.removeChild(node);
        });
        var input = field(parts.decisionForm, spec.reason, name, 'textarea');
        input.required = spec.required;
        parts.confirm.textContent = spec.label;
        parts.decision.node.setAttribute('data-action', action);
        parts.decision.node.setAttribute('data-state', 'open');
        parts.onDecide = function () {
            lane.decide(parts, request, action, input);
        };
        parts.decision.open(opener, input);
    };

    Lane.prototype.decide = function (parts, request, action, input) {
        var lane = this;
        if (parts.confirm.getAttribute('aria-disabled') === 'true') {
            return;
        }
        var answer = action === 'answer';
        var path = this.path + '/' + request.id + (answer ? '/answer' : '/decision');
        var body = answer ? {information: input.value, version: request.version}
            : {decision: action, reason: input.value, version: request.version};
        errors.clear(parts.decision.node);
        parts.confirm.setAttribute('aria-disabled', 'true');
        parts.decision.node.setAttribute('data-state', 'saving');
        rest.post(path, body).then(function (decided) {
            parts.confirm.setAttribute('aria-disabled', 'false');
            parts.decision.close();
            parts.decision.node.setAttribute('data-state', 'closed');
            var message = decided.issueKey ? AJS.I18n.getText('pmo.portfolio.intake.accepted', decided.title, decided.issueKey)
                : AJS.I18n.getText('pmo.portfolio.intake.decided', decided.title, decided.stateName);
            lane.context.announce(message);
            flagSuccess(message);
            return lane.load();
        }, function (failure) {
            parts.confirm.setAttribute('aria-disabled', 'false');
            errors.show(failure, parts.decision.node);
            parts.decision.node.setAttribute('data-state', 'failed');
            // A refused acceptance was recorded, and put the request back: show that (the flag keeps Jira's reason).
            var refusedAcceptance = action === 'ACCEPT' && failure && (failure.status === 400 || failure.status === 403);
            if (failure && (failure.status === 409 || refusedAcceptance)) {
                parts.decision.close();
                parts.decision.node.setAttribute('data-state', 'closed');
                lane.load();
            }
        });
    };


    return {
        PARAMS: PARAMS,
        /**
         * Draws the lane into the container; see pmo/portfolio/board-page's panelContext for the context.
         *
         * @return a Promise settled once the lane is drawn (rejected with the REST failure)
         */
        render: function (container, context) {
            return new Lane(container, context).load();
        }
    };
});
