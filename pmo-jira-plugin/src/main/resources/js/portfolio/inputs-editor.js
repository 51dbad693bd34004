/*
 * pmo/portfolio/inputs-editor: edits an initiative's scoring inputs from the board, PUT
 * /rest/pmo/1.0/portfolios/{id}/items/{key}/inputs with {"values": {"jobSize": 5}, "cleared": ["reach"]}. Jira's
 * edit permission decides on the server, so every viewer gets the editor and a 403 says why not.
 *
 * #pmo-inputs-editor is a modal dialog (pmo/portfolio/dialog) holding #pmo-inputs-form: one number field per input
 * of the portfolio's model and any other the initiative carries, named like the input (input[name=jobSize],
 * id pmo-input-jobSize), with the input's scale as a hint. An emptied field clears its input; only changed fields
 * are sent. A 400's reasons go beside the fields (pmo/common/errors). data-state: closed, open, saving, failed.
 */
define('pmo/portfolio/inputs-editor', ['pmo/common/rest', 'pmo/common/errors', 'pmo/common/dom',
    'pmo/portfolio/dialog', 'pmo/portfolio/board-model'], function (rest, errors, dom, dialog, model) {
    'use strict';

    var element = dom.element;

    function Editor(restPath, onSaved) {
        var editor = this;
        this.restPath = restPath;
        this.onSaved = onSaved;
        this.item = null;
        this.names = [];
        this.dialog = dialog.modal('pmo-inputs-editor', '');
        this.form = this.dialog.content.appendChild(element('form', 'aui pmo-inputs-form'));
        this.form.id = 'pmo-inputs-form';
        this.form.noValidate = true;
        this.intro = this.form.appendChild(element('p', 'pmo-inputs-intro'));
        this.fields = this.form.appendChild(element('div', 'pmo-inputs-fields'));
        // The footer's buttons submit the form from outside it.
        var save = this.dialog.footer.appendChild(element('button', 'aui-button aui-button-primary',
            AJS.I18n.getText('pmo.common.save')));
        save.type = 'submit';
        save.id = 'pmo-inputs-save';
        save.setAttribute('form', 'pmo-inputs-form');
        var cancel = this.dialog.footer.appendChild(element('button', 'aui-button aui-button-link',
            AJS.I18n.getText('pmo.common.cancel')));
        cancel.type = 'button';
        cancel.id = 'pmo-inputs-cancel';
        cancel.addEventListener('click', function () {
            editor.dialog.cancel();
        });
        this.save = save;
        this.form.addEventListener('submit', function (event) {
            event.preventDefault();
            editor.submit();
        });
    }

    function text(value) {
        return value === null || value === undefined ? '' : String(value);
    }

    Editor.prototype.field = function (name, value, index) {
        var group = element('div', 'field-group pmo-inputs-field');
        var id = 'pmo-input-' + name;
        var label = group.appendChild(element('label', null, model.label(name)));
        label.setAttribute('for', id);
        var input = group.appendChild(element('input', 'text medium-field'));
        input.type = 'number';
        input.step = 'any';
        input.id = id;
        input.name = name;
        input.setAttribute('data-pmo-field', name);
        input.setAttribute('inputmode', 'decimal');
        input.value = text(value);
        input.setAttribute('data-original', text(value));
        var hint = model.scaleHint(name);
        if (hint) {
            var description = group.appendChild(element('div', 'description', hint));
            description.id = id + '-hint';
            input.setAttribute('aria-describedby', description.id);
        }
        if (index === 0) {
            this.first = input;
        }
        return group;
    };

    /**
     * @param item    the board's item: {key, title, inputs}
     * @param scoring the portfolio's scoring: {model, criteria}
     * @param opener  what gets the focus back
     * @param fallback places the focus when the opener is gone (the table was drawn again meanwhile)
     */
    Editor.prototype.edit = function (item, scoring, opener, fallback) {
        var editor = this;
        this.item = item;
        this.names = model.inputsFor(scoring, item.inputs);
        errors.clear(this.dialog.node);
        this.dialog.title.textContent = AJS.I18n.getText('pmo.portfolio.board.inputs.title', item.key);
        this.intro.textContent = AJS.I18n.getText('pmo.portfolio.board.inputs.intro', text(item.title));
        dom.clear(this.fields);
        this.first = null;
        this.names.forEach(function (name, index) {
            editor.fields.appendChild(editor.field(name, item.inputs ? item.inputs[name] : null, index));
        });
        this.busy(false);
        this.dialog.node.setAttribute('data-key', item.key);
        this.dialog.open(opener, this.first, null, fallback);
        this.dialog.node.setAttribute('data-state', 'open');
    };

    /** What changed: {values, cleared}, or null with the reasons shown when a field holds no number. */
    Editor.prototype.change = function () {
        var values = {};
        var cleared = [];
        var invalid = {};
        Array.prototype.slice.call(this.fields.querySelectorAll('input')).forEach(function (input) {
            var original = input.getAttribute('data-original');
            var typed = input.value.trim();
            if (input.validity && input.validity.badInput) {
                invalid[input.name] = AJS.I18n.getText('pmo.portfolio.board.inputs.not-a-number');
            } else if (typed === '') {
                if (original !== '') {
                    cleared.push(input.name);
                }
            } else if (!isFinite(Number(typed))) {
                invalid[input.name] = AJS.I18n.getText('pmo.portfolio.board.inputs.not-a-number');
            } else if (original === '' || Number(typed) !== Number(original)) {
                values[input.name] = Number(typed);
            }
        });
        if (Object.keys(invalid).length) {
            errors.show({status: 400, body: {errorMessages: [], errors: invalid}}, this.dialog.node);
            return null;
        }
        return {values: values, cleared: cleared};
    };

    /**
     * Marks the save button as busy without disabling it: a disabled button would drop the focus out of the dialog.
     */
    Editor.prototype.busy = function (saving) {
        this.saving = saving;
        this.save.setAttribute('aria-disabled', String(saving));
    };

    Editor.prototype.submit = function () {
        var editor = this;
        if (this.saving) {
            return Promise.resolve();
        }
        var change = this.change();
        if (!change) {
            this.dialog.node.setAttribute('data-state', 'failed');
            return Promise.resolve();
        }
        var item = this.item;
        if (Object.keys(change.values).length === 0 && change.cleared.length === 0) {
            this.dialog.close();
            return Promise.resolve();
        }
        errors.clear(this.dialog.node);
        this.busy(true);
        this.dialog.node.setAttribute('data-state', 'saving');
        return rest.put(this.restPath + '/items/' + encodeURIComponent(item.key) + '/inputs', change)
            .then(function (explanation) {
                editor.busy(false);
                editor.dialog.close();
                editor.dialog.node.setAttribute('data-state', 'closed');
                return editor.onSaved(item, explanation);
            }, function (failure) {
                editor.busy(false);
                errors.show(failure, editor.dialog.node);
                editor.dialog.node.setAttribute('data-state', 'failed');
            });
    };

    return {
        /**
         * @param restPath the portfolio's REST path below the context path
         * @param onSaved  called with the item and the new explanation after the dialog closed
         */
        start: function (restPath, onSaved) {
            return new Editor(restPath, onSaved);
        }
    };
});
