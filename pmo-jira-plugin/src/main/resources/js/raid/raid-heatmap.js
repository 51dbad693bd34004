/*
 * RAID heat map: draws the probability x impact matrix from /rest/pmo/1.0/raid/heatmap.
 * All data is inserted as text, never as HTML.
 */
(function () {
    'use strict';

    var BANDS = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

    function element(tag, className, text) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text !== undefined && text !== null) {
            node.textContent = String(text);
        }
        return node;
    }

    function label(container, name) {
        return container.getAttribute('data-label-' + name) || name;
    }

    /** Fills {0}, {1}... in a translated pattern; the result is only ever used as text. */
    function format(pattern) {
        var values = Array.prototype.slice.call(arguments, 1);
        return pattern.replace(/\{(\d+)\}/g, function (match, index) {
            return index < values.length ? String(values[index]) : match;
        });
    }

    function bandLabel(container, band) {
        return label(container, 'band-' + band.toLowerCase());
    }

    function renderMatrix(container, data) {
        var table = element('table', 'aui pmo-heatmap');
        table.id = 'pmo-raid-heatmap-table';
        table.setAttribute('data-size', data.size);
        var caption = element('caption', 'assistive', label(container, 'probability') + ' \u00d7 ' + label(container, 'impact'));
        table.appendChild(caption);

        var body = element('tbody');
        data.rows.forEach(function (row, index) {
            var tr = element('tr');
            if (index === 0) {
                var axis = element('th', 'pmo-heatmap-axis pmo-heatmap-axis-y', label(container, 'probability'));
                axis.setAttribute('rowspan', String(data.rows.length));
                axis.setAttribute('scope', 'rowgroup');
                tr.appendChild(axis);
            }
            tr.appendChild(element('th', 'pmo-heatmap-rating', row[0].probability));
            row.forEach(function (cell) {
                var td = element('td', 'pmo-heatmap-cell pmo-band-' + cell.band.toLowerCase(), cell.count);
                td.setAttribute('data-probability', cell.probability);
                td.setAttribute('data-impact', cell.impact);
                td.setAttribute('data-count', cell.count);
                td.setAttribute('data-band', cell.band);
                td.title = format(label(container, 'cell'), cell.count, cell.probability, cell.impact,
                    bandLabel(container, cell.band));
                td.setAttribute('aria-label', td.title);
                if (cell.count === 0) {
                    td.classList.add('pmo-heatmap-empty');
                }
                tr.appendChild(td);
            });
            body.appendChild(tr);
        });

        var ratings = element('tr', 'pmo-heatmap-impact-ratings');
        ratings.appendChild(element('td'));
        ratings.appendChild(element('td'));
        for (var impact = 1; impact <= data.size; impact++) {
            ratings.appendChild(element('th', 'pmo-heatmap-rating', impact));
        }
        body.appendChild(ratings);
        var impactAxis = element('tr');
        impactAxis.appendChild(element('td'));
        impactAxis.appendChild(element('td'));
        var impactLabel = element('th', 'pmo-heatmap-axis pmo-heatmap-axis-x', label(container, 'impact'));
        impactLabel.setAttribute('colspan', String(data.size));
        impactAxis.appendChild(impactLabel);
        body.appendChild(impactAxis);
        table.appendChild(body);
        return table;
    }

    function renderSummary(container, data) {
        var summary = element('div', 'pmo-heatmap-summary');
        if (!container.getAttribute('data-project')) {
            summary.appendChild(element('p', 'pmo-heatmap-scope', format(label(container, 'scope-all'),
                data.projects.length)));
        }
        var total = element('p', 'pmo-heatmap-total');
        total.appendChild(element('strong', null, label(container, 'total') + ': '));
        total.appendChild(element('span', null, data.total)).id = 'pmo-raid-total';
        summary.appendChild(total);

        var legend = element('ul', 'pmo-heatmap-legend');
        BANDS.forEach(function (band) {
            var item = element('li', 'pmo-band-' + band.toLowerCase());
            item.setAttribute('data-band', band);
            item.appendChild(element('span', 'pmo-heatmap-swatch'));
            item.appendChild(element('span', null, bandLabel(container, band) + ': ' + (data.bands[band] || 0)));
            legend.appendChild(item);
        });
        summary.appendChild(legend);

        var unrated = element('p', 'pmo-heatmap-unrated', label(container, 'unrated') + ': ');
        unrated.title = label(container, 'unrated-help');
        unrated.appendChild(element('span', null, data.unrated)).id = 'pmo-raid-unrated';
        summary.appendChild(unrated);
        return summary;
    }

    function showError(container, message) {
        container.textContent = '';
        var box = element('div', 'aui-message aui-message-error');
        box.setAttribute('role', 'alert');
        box.appendChild(element('p', null, message));
        container.appendChild(box);
    }

    function load(container) {
        var query = [];
        var project = container.getAttribute('data-project');
        if (project) {
            query.push('project=' + encodeURIComponent(project));
        }
        (container.getAttribute('data-types') || '').split(',').filter(Boolean).forEach(function (type) {
            query.push('type=' + encodeURIComponent(type));
        });
        var url = container.getAttribute('data-rest-url') + (query.length ? '?' + query.join('&') : '');
        fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (response) {
                return response.json().then(function (body) {
                    if (!response.ok) {
                        var messages = (body && body.errorMessages) || [];
                        throw new Error(messages.join(' ') || label(container, 'error'));
                    }
                    return body;
                });
            })
            .then(function (data) {
                container.textContent = '';
                var layout = element('div', 'pmo-heatmap-layout');
                layout.appendChild(renderMatrix(container, data));
                layout.appendChild(renderSummary(container, data));
                container.appendChild(layout);
                container.setAttribute('data-loaded', 'true');
            })
            .catch(function (error) {
                showError(container, error && error.message ? error.message : label(container, 'error'));
                container.setAttribute('data-loaded', 'error');
            });
    }

    function init() {
        var container = document.getElementById('pmo-raid-heatmap');
        if (container) {
            load(container);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
