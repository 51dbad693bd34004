/*
 * pmo/raid/entry-editor: adds a RAID entry and edits one's RAID fields from the RAID log, through the app's REST API
 * (POST /rest/pmo/1.0/raid/entries?project=KEY, GET and PUT /rest/pmo/1.0/raid/entries/KEY). The form is the
 * page's #pmo-raid-entry-form; its controls are named like the JSON members, so a 400's reasons go beside them
 * through pmo/common/errors and nothing typed is lost. Ratings are offered on the entry's project's risk matrix.
 * A change sends the `updated` it was based on; a stale one (409) keeps the form as typed and offers to reload.
 * The editor's data-state says where it is: closed, open, saving, saved or failed.
 */
define('pmo/raid/entry-editor', ['pmo/common/rest', 'pmo/common/errors', 'pmo/common/dom', 'pmo/common/flags'],
    function (rest, errors, dom, flags) {
    'use strict';

    var ENTRIES = '/rest/pmo/1.0/raid/entries';
    var MATRIX = '/rest/pmo/1.0/raid/matrix';
    var TEXT_FIELDS = ['summary', 'owner', 'proximity', 'reviewDate', 'validateBy', 'dependsOn', 'needBy'];
    var TYPE_FIELDS = {validateBy: 'ASSUMPTION', dependsOn: 'DEPENDENCY', needBy: 'DEPENDENCY'};

    function Editor(root, onSaved) {
        this.section = root.getElementById('pmo-raid-entry-editor');
        this.form = root.getElementById('pmo-raid-entry-form');
        this.title = root.getElementById('pmo-raid-entry-editor-title');
        this.onSaved = onSaved;
        this.entry = null;
        this.section.setAttribute('data-state', 'closed');
    }

    Editor.prototype.field = function (name) {
        return this.form.elements.namedItem(name);
    };

    /** Offers the ratings of a matrix: "not rated", then 1..size with their labels. */
    function fillRatings(select, size, labels, value) {
        dom.clear(select);
        select.appendChild(option('', AJS.I18n.getText('pmo.raid.entry.rating.none')));
        for (var rating = 1; rating <= size; rating++) {
            select.appendChild(option(String(rating), rating + ' \u00b7 ' + (labels[rating - 1] || '')));
        }
        select.value = value === null || value === undefined ? '' : String(value);
        if (select.value !== (value === null || value === undefined ? '' : String(value))) {
            // A rating off today's matrix (made smaller since) stays visible, so saving does not drop it.
            select.appendChild(option(String(value), String(value)));
            select.value = String(value);
        }
    }

    function option(value, label) {
        var node = document.createElement('option');
        node.value = value;
        node.textContent = label;
        return node;
    }

    /** Shows only the fields the chosen type has. */
    Editor.prototype.showTypeFields = function () {
        var type = this.field('type').value;
        Array.prototype.slice.call(this.form.querySelectorAll('[data-pmo-type]')).forEach(function (group) {
            group.hidden = group.getAttribute('data-pmo-type') !== type;
        });
    };

    Editor.prototype.loadMatrix = function (project, entry) {
        var editor = this;
        return rest.get(MATRIX, {project: project}).then(function (view) {
            var matrix = view.matrix;
            fillRatings(editor.field('probability'), matrix.size, matrix.probabilityLabels,
                entry ? entry.probability : null);
            fillRatings(editor.field('impact'), matrix.size, matrix.impactLabels, entry ? entry.impact : null);
        });
    };

    Editor.prototype.open = function (title, state) {
        errors.clear(this.section);
        this.title.textContent = title;
        this.section.hidden = false;
        this.section.setAttribute('data-state', state || 'open');
        Array.prototype.slice.call(this.form.querySelectorAll('[data-pmo-when="create"]')).forEach(function (group) {
            group.hidden = this.entry !== null;
        }, this);
        this.showTypeFields();
    };

    /** A blank form for a new entry in the chosen project. */
    Editor.prototype.add = function () {
        var editor = this;
        this.entry = null;
        this.form.reset();
        this.hiddenDependency = false;
        this.field('dependsOn').placeholder = '';
        this.open(this.title.getAttribute('data-add-title'), 'loading');
        return this.loadMatrix(this.field('project').value, null).then(function () {
            editor.section.setAttribute('data-state', 'open');
            editor.field('summary').focus();
        }, function (failure) {
            editor.failed(failure);
        });
    };

    /** The entry's current fields, read again so that the change is based on its latest version. */
    Editor.prototype.edit = function (key) {
        var editor = this;
        return rest.get(ENTRIES + '/' + encodeURIComponent(key)).then(function (entry) {
            editor.fill(entry);
            editor.open(AJS.I18n.getText('pmo.raid.entry.edit.title', entry.key), 'loading');
            return editor.loadMatrix(entry.projectKey, entry).then(function () {
                editor.section.setAttribute('data-state', 'open');
                editor.field('summary').focus();
            });
        }).catch(function (failure) {
            editor.failed(failure);
        });
    };

    Editor.prototype.fill = function (entry) {
        var editor = this;
        this.entry = entry;
        this.form.reset();
        // What a dependency waits for, when the user may not see it: shown as such, and kept unless replaced.
        this.hiddenDependency = Boolean(entry.dependsOn && !entry.dependsOn.visible);
        this.field('dependsOn').placeholder = this.hiddenDependency
            ? AJS.I18n.getText('pmo.raid.log.dependson.unknown') : '';
        TEXT_FIELDS.forEach(function (name) {
            var value = entry[name];
            if (name === 'owner' || name === 'dependsOn') {
                value = value ? value.key : null;
            }
            editor.field(name).value = value === null || value === undefined ? '' : String(value);
        });
        this.field('type').value = entry.type;
        this.field('roam').value = entry.roam || '';
        this.field('responsePlan').value = entry.responsePlan || '';
    };

    /** The form as the REST API takes it: empty means none (null), and fields of other types are cleared. */
    Editor.prototype.body = function () {
        var editor = this;
        var type = this.field('type').value;
        var body = {type: type};
        TEXT_FIELDS.forEach(function (name) {
            var value = editor.field(name).value.trim();
            body[name] = value === '' || (TYPE_FIELDS[name] && TYPE_FIELDS[name] !== type) ? null : value;
        });
        body.summary = this.field('summary').value;
        ['probability', 'impact'].forEach(function (name) {
            var value = editor.field(name).value;
            body[name] = value === '' ? null : Number(value);
        });
        body.roam = this.field('roam').value || null;
        body.responsePlan = this.field('responsePlan').value === '' ? null : this.field('responsePlan').value;
        if (this.hiddenDependency && type === 'DEPENDENCY' && body.dependsOn === null) {
            delete body.dependsOn;
        }
        return body;
    };

    Editor.prototype.save = function () {
        var editor = this;
        var body = this.body();
        var creating = this.entry === null;
        var call;
        if (creating) {
            call = rest.post(ENTRIES, body, {project: this.field('project').value});
        } else {
            body.updated = this.entry.updated;
            call = rest.put(ENTRIES + '/' + encodeURIComponent(this.entry.key), body);
        }
        errors.clear(this.section);
        this.section.setAttribute('data-state', 'saving');
        return call.then(function (saved) {
            editor.close();
            editor.section.setAttribute('data-state', 'saved');
            editor.section.setAttribute('data-saved-key', saved.key);
            // Literal keys only: the page's i18n is resolved from them when the script is served.
            flags.success(creating ? AJS.I18n.getText('pmo.raid.entry.added', saved.key)
                : AJS.I18n.getText('pmo.raid.entry.saved', saved.key));
            return editor.onSaved(saved);
        }, function (failure) {
            if (failure.status === 409 && !creating) {
                editor.stale();
            } else {
                editor.failed(failure);
            }
        });
    };

    /** Someone changed the entry meanwhile: say so beside the buttons, keep what was typed, offer to reload. */
    Editor.prototype.stale = function () {
        var editor = this;
        var key = this.entry.key;
        var box = dom.element('div', 'aui-message aui-message-warning pmo-raid-entry-stale');
        box.setAttribute('data-pmo-error', 'stale');
        box.setAttribute('role', 'alert');
        box.appendChild(dom.element('p', null, AJS.I18n.getText('pmo.raid.entry.stale', key)));
        var reload = dom.element('button', 'aui-button', AJS.I18n.getText('pmo.raid.entry.reload', key));
        reload.type = 'button';
        reload.id = 'pmo-raid-entry-reload';
        reload.addEventListener('click', function () {
            editor.edit(key);
        });
        box.appendChild(reload);
        this.form.insertBefore(box, this.form.querySelector('.buttons-container'));
        this.section.setAttribute('data-state', 'failed');
    };

    Editor.prototype.failed = function (failure) {
        errors.show(failure, this.section);
        this.section.setAttribute('data-state', 'failed');
    };

    Editor.prototype.close = function () {
        errors.clear(this.section);
        this.section.hidden = true;
        this.section.setAttribute('data-state', 'closed');
        this.entry = null;
    };

    Editor.prototype.bind = function (addButton) {
        var editor = this;
        this.form.addEventListener('submit', function (event) {
            event.preventDefault();
            editor.save();
        });
        this.field('type').addEventListener('change', function () {
            editor.showTypeFields();
        });
        this.field('project').addEventListener('change', function () {
            if (editor.entry === null) {
                editor.loadMatrix(editor.field('project').value, editor.body()).catch(function (failure) {
                    editor.failed(failure);
                });
            }
        });
        this.form.querySelector('#pmo-raid-entry-cancel').addEventListener('click', function () {
            editor.close();
            addButton.focus();
        });
        addButton.addEventListener('click', function () {
            editor.add();
        });
    };

    return {
        /**
         * @param onSaved called with the saved entry, after the form closed; may return a Promise
         * @return the editor, or null when the page has no editor
         */
        start: function (root, addButton, onSaved) {
            if (!root.getElementById('pmo-raid-entry-form') || !addButton) {
                return null;
            }
            var editor = new Editor(root, onSaved);
            editor.bind(addButton);
            return editor;
        }
    };
});
