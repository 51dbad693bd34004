/*
 * pmo/raid/matrix-admin: the risk-matrix settings form. It reads the matrix from the REST resource, lets an
 * administrator change the size, the label of every rating and the score bands, and saves with the version it read:
 * a 400 shows each reason beside its field, a 409 (someone saved in between) says so and keeps what was typed.
 * The form's data-loaded attribute says where it stands: true, saved or error.
 */
define('pmo/raid/matrix-admin', ['pmo/common/rest', 'pmo/common/errors', 'pmo/common/dom', 'pmo/common/flags'],
    function (rest, errors, dom, flags) {
        'use strict';

        var PATH = '/rest/pmo/1.0/raid/matrix';
        var BAND_KEYS = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
        var MIN_BANDS = 2;
        var MAX_BANDS = 4;

        function bandName(key) {
            switch (key) {
                case 'LOW':
                    return AJS.I18n.getText('pmo.raid.band.low');
                case 'MEDIUM':
                    return AJS.I18n.getText('pmo.raid.band.medium');
                case 'HIGH':
                    return AJS.I18n.getText('pmo.raid.band.high');
                default:
                    return AJS.I18n.getText('pmo.raid.band.critical');
            }
        }

        function fieldGroup(labelText, input) {
            var group = dom.element('div', 'field-group');
            var label = dom.element('label', null, labelText);
            label.setAttribute('for', input.id);
            group.appendChild(label);
            group.appendChild(input);
            return group;
        }

        function textInput(id, name, value) {
            var input = dom.element('input', 'text');
            input.type = 'text';
            input.id = id;
            input.name = name;
            input.setAttribute('data-pmo-field', name);
            input.value = value === undefined || value === null ? '' : String(value);
            return input;
        }

        /** One input per rating of an axis, keeping what was typed when the size changes. */
        function drawLevels(fieldset, axis, size, labels) {
            var legend = fieldset.querySelector('legend');
            var kept = Array.prototype.slice.call(fieldset.querySelectorAll('input')).map(function (input) {
                return input.value;
            });
            dom.clear(fieldset);
            fieldset.appendChild(legend);
            for (var level = 1; level <= size; level++) {
                var value = labels ? labels[level - 1] : kept[level - 1];
                fieldset.appendChild(fieldGroup(AJS.I18n.getText('pmo.raid.matrix.level', level),
                    textInput('pmo-raid-matrix-' + axis + '-' + level, axis + 'Labels[' + (level - 1) + ']', value)));
            }
        }

        function bandRow(index, band, form) {
            var row = dom.element('div', 'pmo-raid-matrix-band');
            row.setAttribute('data-pmo-band', String(index));
            var key = dom.element('select', 'select');
            key.id = 'pmo-raid-matrix-band-' + index + '-key';
            key.name = 'bands[' + index + '].key';
            key.setAttribute('data-pmo-field', key.name);
            BAND_KEYS.forEach(function (value) {
                var option = dom.element('option', null, bandName(value));
                option.value = value;
                option.selected = value === band.key;
                key.appendChild(option);
            });
            row.appendChild(fieldGroup(AJS.I18n.getText('pmo.raid.matrix.band.key'), key));
            row.appendChild(fieldGroup(AJS.I18n.getText('pmo.raid.matrix.band.label'),
                textInput('pmo-raid-matrix-band-' + index + '-label', 'bands[' + index + '].label', band.label)));
            var minScore = textInput('pmo-raid-matrix-band-' + index + '-minScore', 'bands[' + index + '].minScore',
                band.minScore);
            minScore.setAttribute('inputmode', 'numeric');
            row.appendChild(fieldGroup(AJS.I18n.getText('pmo.raid.matrix.band.minscore'), minScore));
            var colour = textInput('pmo-raid-matrix-band-' + index + '-colour', 'bands[' + index + '].colour',
                band.colour);
            var swatch = dom.element('span', 'pmo-raid-matrix-swatch');
            swatch.setAttribute('aria-hidden', 'true');
            function paint() {
                swatch.style.backgroundColor = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(colour.value) ? colour.value : '';
            }
            colour.addEventListener('input', paint);
            paint();
            var colourGroup = fieldGroup(AJS.I18n.getText('pmo.raid.matrix.band.colour'), colour);
            colourGroup.appendChild(swatch);
            row.appendChild(colourGroup);
            var remove = dom.element('button', 'aui-button aui-button-subtle pmo-raid-matrix-band-remove',
                AJS.I18n.getText('pmo.raid.matrix.band.remove'));
            remove.type = 'button';
            remove.addEventListener('click', function () {
                var bands = readBands(form);
                bands.splice(index, 1);
                drawBands(form, bands);
            });
            row.appendChild(remove);
            return row;
        }

        function drawBands(form, bands) {
            var fieldset = form.querySelector('#pmo-raid-matrix-bands');
            Array.prototype.slice.call(fieldset.querySelectorAll('.pmo-raid-matrix-band, #pmo-raid-matrix-band-add'))
                .forEach(function (node) {
                    node.parentNode.removeChild(node);
                });
            bands.forEach(function (band, index) {
                fieldset.appendChild(bandRow(index, band, form));
            });
            Array.prototype.slice.call(fieldset.querySelectorAll('.pmo-raid-matrix-band-remove'))
                .forEach(function (button) {
                    button.disabled = bands.length <= MIN_BANDS;
                });
            var add = dom.element('button', 'aui-button', AJS.I18n.getText('pmo.raid.matrix.band.add'));
            add.type = 'button';
            add.id = 'pmo-raid-matrix-band-add';
            add.disabled = bands.length >= MAX_BANDS;
            add.addEventListener('click', function () {
                var current = readBands(form);
                var used = current.map(function (band) {
                    return band.key;
                });
                var next = BAND_KEYS.filter(function (key) {
                    return used.indexOf(key) < 0;
                })[0];
                current.push({key: next, label: bandName(next), minScore: '', colour: ''});
                drawBands(form, current);
            });
            fieldset.appendChild(add);
        }

        function readBands(form) {
            return Array.prototype.slice.call(form.querySelectorAll('.pmo-raid-matrix-band')).map(function (row) {
                var index = row.getAttribute('data-pmo-band');
                function value(part) {
                    return form.querySelector('[name="bands[' + index + '].' + part + '"]').value;
                }
                return {key: value('key'), label: value('label'), minScore: value('minScore'),
                    colour: value('colour')};
            });
        }

        function readLabels(form, axis) {
            return Array.prototype.slice.call(form.querySelectorAll('#pmo-raid-matrix-' + axis + ' input'))
                .map(function (input) {
                    return input.value;
                });
        }

        /** What the form says, as the REST resource takes it; a score that is not a number is sent as typed. */
        function read(form) {
            return {
                version: Number(form.getAttribute('data-version')),
                size: Number(form.querySelector('#pmo-raid-matrix-size').value),
                probabilityLabels: readLabels(form, 'probability'),
                impactLabels: readLabels(form, 'impact'),
                bands: readBands(form).map(function (band) {
                    var score = band.minScore.trim();
                    return {key: band.key, label: band.label,
                        minScore: /^-?\d+$/.test(score) ? Number(score) : (score === '' ? null : score),
                        colour: band.colour};
                })
            };
        }

        function describeSource(form, matrix) {
            var note = document.getElementById('pmo-raid-matrix-source');
            var text;
            if (matrix.source === 'STANDARD') {
                text = AJS.I18n.getText('pmo.raid.matrix.source.standard');
            } else if (matrix.inherited) {
                text = AJS.I18n.getText('pmo.raid.matrix.source.portfolio');
            } else if (matrix.source === 'PROJECT') {
                text = AJS.I18n.getText('pmo.raid.matrix.source.project', matrix.updatedBy);
            } else {
                text = AJS.I18n.getText('pmo.raid.matrix.source.default', matrix.updatedBy);
            }
            if (note) {
                dom.clear(note).appendChild(dom.element('p', null, text));
                note.hidden = false;
                note.setAttribute('data-source', matrix.source);
            }
            var reset = document.getElementById('pmo-raid-matrix-reset');
            if (reset) {
                reset.disabled = matrix.source !== 'PROJECT';
            }
        }

        function fill(form, view) {
            var matrix = view.matrix;
            form.setAttribute('data-version', String(matrix.version));
            form.querySelector('#pmo-raid-matrix-size').value = String(matrix.size);
            drawLevels(form.querySelector('#pmo-raid-matrix-probability'), 'probability', matrix.size,
                matrix.probabilityLabels);
            drawLevels(form.querySelector('#pmo-raid-matrix-impact'), 'impact', matrix.size, matrix.impactLabels);
            drawBands(form, matrix.bands);
            describeSource(form, matrix);
        }

        function params(form) {
            var project = form.getAttribute('data-project');
            return project ? {project: project} : {};
        }

        function saved(form, view) {
            errors.clear(form);
            fill(form, view);
            form.setAttribute('data-loaded', 'saved');
            flags.success(AJS.I18n.getText('pmo.raid.matrix.saved', view.matrix.version));
        }

        function failed(form, failure) {
            errors.show(failure, form);
            form.setAttribute('data-loaded', 'error');
            form.setAttribute('data-status', String(failure && failure.status));
        }

        function start(root) {
            var form = root.getElementById('pmo-raid-matrix-form');
            if (!form) {
                return null;
            }
            form.querySelector('#pmo-raid-matrix-size').addEventListener('change', function (event) {
                var size = Number(event.target.value);
                drawLevels(form.querySelector('#pmo-raid-matrix-probability'), 'probability', size);
                drawLevels(form.querySelector('#pmo-raid-matrix-impact'), 'impact', size);
            });
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                form.setAttribute('data-loaded', 'saving');
                rest.put(PATH, read(form), params(form)).then(function (view) {
                    saved(form, view);
                }, function (failure) {
                    failed(form, failure);
                });
            });
            var reset = root.getElementById('pmo-raid-matrix-reset');
            if (reset) {
                reset.addEventListener('click', function () {
                    var query = params(form);
                    query.version = form.getAttribute('data-version');
                    rest.del(PATH, query).then(function (view) {
                        saved(form, view);
                    }, function (failure) {
                        failed(form, failure);
                    });
                });
            }
            return rest.get(PATH, params(form)).then(function (view) {
                fill(form, view);
                form.setAttribute('data-loaded', 'true');
            }, function (failure) {
                failed(form, failure);
            });
        }

        return {
            start: start,
            read: read
        };
    });

require(['pmo/common/dom', 'pmo/raid/matrix-admin'], function (dom, page) {
    'use strict';
    dom.ready(function () {
        page.start(document);
    });
});
