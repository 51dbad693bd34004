/*
 * pmo/raid/heatmap-view: draws the RAID heat map from the JSON of GET /rest/pmo/1.0/raid/heatmap. Pure: data in,
 * DOM out; no fetching, no page lookups, so the page and a dashboard item share it.
 *
 * It reads size, rows[][] {probability, impact, count, exposure, band}, bands {KEY: count}, projects, total and
 * unrated. When the JSON carries matrix {probabilityLabels, impactLabels, bands: [{key, label, minScore,
 * maxScore, colour}]}, rows and columns take those labels, cells the colour of their band, and the legend each
 * band's label, score range and count; without it, the ratings are numbers and the four default bands keep their
 * translated names and the stylesheet's colours.
 */
define('pmo/raid/heatmap-view', ['pmo/common/dom'], function (dom) {
    'use strict';

    var element = dom.element;
    var COLOUR = /^#[0-9a-fA-F]{6}$/;
    var DEFAULT_BANDS = [
        {key: 'LOW', label: AJS.I18n.getText('pmo.raid.band.low')},
        {key: 'MEDIUM', label: AJS.I18n.getText('pmo.raid.band.medium')},
        {key: 'HIGH', label: AJS.I18n.getText('pmo.raid.band.high')},
        {key: 'CRITICAL', label: AJS.I18n.getText('pmo.raid.band.critical')}
    ];

    function matrixOf(data) {
        return data.matrix && typeof data.matrix === 'object' ? data.matrix : null;
    }

    /** The bands to draw, each {key, label, minScore?, maxScore?, colour?}. */
    function bandsOf(data) {
        var matrix = matrixOf(data);
        if (matrix && Array.isArray(matrix.bands) && matrix.bands.length > 0) {
            return matrix.bands.map(function (band) {
                var fallback = DEFAULT_BANDS.filter(function (known) {
                    return known.key === band.key;
                })[0];
                return {
                    key: String(band.key),
                    label: band.label ? String(band.label) : (fallback ? fallback.label : String(band.key)),
                    minScore: band.minScore,
                    maxScore: band.maxScore,
                    colour: COLOUR.test(band.colour || '') ? band.colour : null
                };
            });
        }
        return DEFAULT_BANDS;
    }

    function bandByKey(bands, key) {
        for (var i = 0; i < bands.length; i++) {
            if (bands[i].key === key) {
                return bands[i];
            }
        }
        return {key: String(key), label: String(key), colour: null};
    }

    /** Dark text on light colours, white on dark ones, for a contrast of at least 4.5:1 where it can be had. */
    function textColourOn(colour) {
        var channels = [1, 3, 5].map(function (start) {
            var value = parseInt(colour.substr(start, 2), 16) / 255;
            return value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
        });
        var luminance = 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
        return luminance > 0.179 ? '#172b4d' : '#ffffff';
    }

    /** The band's class for the stylesheet's default colour, and its own colour when the matrix gives one. */
    function paint(node, band) {
        if (/^[A-Za-z_]+$/.test(band.key)) {
            node.classList.add('pmo-band-' + band.key.toLowerCase());
        }
        if (band.colour) {
            node.style.backgroundColor = band.colour;
            node.style.color = textColourOn(band.colour);
        }
    }

    function levelLabel(labels, level) {
        return Array.isArray(labels) && labels[level - 1] ? String(labels[level - 1]) : null;
    }

    function rating(level, labels) {
        var label = levelLabel(labels, level);
        var th = element('th', 'pmo-heatmap-rating', label === null ? level : label);
        th.setAttribute('data-level', String(level));
        if (label !== null) {
            th.title = String(level);
        }
        return th;
    }

    function renderMatrix(data, bands, id, cellHref) {
        var matrix = matrixOf(data) || {};
        var probability = AJS.I18n.getText('pmo.raid.probability');
        var impact = AJS.I18n.getText('pmo.raid.impact');
        var table = element('table', 'aui pmo-heatmap');
        if (id) {
            table.id = id + '-heatmap-table';
        }
        table.setAttribute('data-size', String(data.size));
        table.appendChild(element('caption', 'assistive', AJS.I18n.getText('pmo.raid.heatmap.caption')));

        var body = element('tbody');
        data.rows.forEach(function (row, index) {
            var tr = element('tr');
            if (index === 0) {
                var axis = element('th', 'pmo-heatmap-axis pmo-heatmap-axis-y', probability);
                axis.setAttribute('rowspan', String(data.rows.length));
                axis.setAttribute('scope', 'rowgroup');
                tr.appendChild(axis);
            }
            var rowHeader = rating(row[0].probability, matrix.probabilityLabels);
            rowHeader.setAttribute('scope', 'row');
            tr.appendChild(rowHeader);
            row.forEach(function (cell) {
                var band = bandByKey(bands, cell.band);
                var href = cellHref && cell.count > 0 ? cellHref(cell) : null;
                var td = element('td', 'pmo-heatmap-cell', href ? null : cell.count);
                if (href) {
                    var link = td.appendChild(element('a', 'pmo-heatmap-cell-link', cell.count));
                    link.href = href;
                }
                paint(td, band);
                td.setAttribute('data-probability', String(cell.probability));
                td.setAttribute('data-impact', String(cell.impact));
                td.setAttribute('data-count', String(cell.count));
                td.setAttribute('data-band', String(cell.band));
                if (cell.exposure !== undefined) {
                    td.setAttribute('data-exposure', String(cell.exposure));
                }
                td.title = AJS.I18n.getText('pmo.raid.heatmap.cell.label', cell.count, cell.probability,
                    cell.impact, band.label);
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
        for (var level = 1; level <= data.size; level++) {
            var columnHeader = rating(level, matrix.impactLabels);
            columnHeader.setAttribute('scope', 'col');
            ratings.appendChild(columnHeader);
        }
        body.appendChild(ratings);
        var impactAxis = element('tr');
        impactAxis.appendChild(element('td'));
        impactAxis.appendChild(element('td'));
        var impactLabel = element('th', 'pmo-heatmap-axis pmo-heatmap-axis-x', impact);
        impactLabel.setAttribute('colspan', String(data.size));
        impactAxis.appendChild(impactLabel);
        body.appendChild(impactAxis);
        table.appendChild(body);
        return table;
    }

    function legendText(band, count) {
        if (typeof band.minScore === 'number' && typeof band.maxScore === 'number') {
            return AJS.I18n.getText('pmo.raid.heatmap.legend.range', band.label, band.minScore, band.maxScore, count);
        }
        return AJS.I18n.getText('pmo.raid.heatmap.legend.item', band.label, count);
    }

    function renderSummary(data, bands, options) {
        var summary = element('div', 'pmo-heatmap-summary');
        if (options.showScope) {
            summary.appendChild(element('p', 'pmo-heatmap-scope',
                AJS.I18n.getText('pmo.raid.heatmap.scope.all', (data.projects || []).length)));
        }
        var total = element('p', 'pmo-heatmap-total');
        total.appendChild(element('strong', null, AJS.I18n.getText('pmo.raid.heatmap.total') + ': '));
        var totalValue = total.appendChild(element('span', 'pmo-heatmap-total-value', data.total));
        summary.appendChild(total);

        var legend = element('ul', 'pmo-heatmap-legend');
        bands.forEach(function (band) {
            var item = element('li');
            item.setAttribute('data-band', band.key);
            var swatch = element('span', 'pmo-heatmap-swatch');
            paint(swatch, band);
            item.appendChild(swatch);
            item.appendChild(element('span', 'pmo-heatmap-legend-text',
                legendText(band, (data.bands && data.bands[band.key]) || 0)));
            legend.appendChild(item);
        });
        summary.appendChild(legend);

        var unrated = element('p', 'pmo-heatmap-unrated', AJS.I18n.getText('pmo.raid.heatmap.unrated') + ': ');
        unrated.title = AJS.I18n.getText('pmo.raid.heatmap.unrated.help');
        var unratedValue = unrated.appendChild(element('span', 'pmo-heatmap-unrated-value', data.unrated));
        summary.appendChild(unrated);
        if (options.id) {
            totalValue.id = options.id + '-total';
            unratedValue.id = options.id + '-unrated';
        }
        return summary;
    }

    /**
     * @param data    the heat map JSON
     * @param options showScope: say how many projects the map covers; id: prefix for element ids (a page has one
     *                heat map; a dashboard may have several, so it leaves ids out); cellHref(cell): where a cell's
     *                number links to, for cells with entries (none when absent)
     * @return the heat map and its summary, in one element
     */
    function render(data, options) {
        var settings = options || {};
        var bands = bandsOf(data);
        var layout = element('div', 'pmo-heatmap-layout');
        layout.appendChild(renderMatrix(data, bands, settings.id, settings.cellHref));
        layout.appendChild(renderSummary(data, bands, settings));
        return layout;
    }

    /**
     * Paints a node, such as a lozenge, in the colour the JSON's matrix gives the band with this key (the
     * stylesheet's default colour without one), and returns the band's label.
     */
    function paintBand(node, data, key) {
        var band = bandByKey(bandsOf(data || {}), key);
        paint(node, band);
        return band.label;
    }

    return {
        render: render,
        paintBand: paintBand
    };
});
