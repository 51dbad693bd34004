/*
 * pmo/portfolio/matrix-view: the value/effort matrix of a board's initiatives, as SVG built with DOM calls. Pure:
 * items in, DOM out. Value is the score, effort the estimate in the portfolio's capacity unit; an initiative
 * without either is not drawn, and the note says how many. The quadrants split at the medians of what is drawn:
 * quick wins (high value, low effort), big bets (high value, high effort), fill-ins (low value, low effort) and
 * money pits (low value, high effort). An axis whose values spread over more than a factor of 20 is logarithmic.
 *
 * svg#pmo-portfolio-matrix holds one circle.pmo-matrix-point per initiative drawn (data-key, data-score,
 * data-estimate, data-funding, data-quadrant), each focusable, with a <title> and an aria-label; the quadrants'
 * labels are text.pmo-matrix-quadrant[data-quadrant]. The legend lists the funding colours.
 */
define('pmo/portfolio/matrix-view', ['pmo/common/dom', 'pmo/portfolio/board-model'], function (dom, model) {
    'use strict';

    var SVG = 'http://www.w3.org/2000/svg';
    var WIDTH = 820;
    var HEIGHT = 520;
    var MARGIN = {top: 24, right: 24, bottom: 56, left: 72};
    var RADIUS = 7;
    var element = dom.element;

    var QUADRANTS = {
        'quick-wins': AJS.I18n.getText('pmo.portfolio.board.matrix.quick-wins'),
        'big-bets': AJS.I18n.getText('pmo.portfolio.board.matrix.big-bets'),
        'fill-ins': AJS.I18n.getText('pmo.portfolio.board.matrix.fill-ins'),
        'money-pits': AJS.I18n.getText('pmo.portfolio.board.matrix.money-pits')
    };

    function svg(tag, attributes, text) {
        var node = document.createElementNS(SVG, tag);
        Object.keys(attributes || {}).forEach(function (name) {
            node.setAttribute(name, String(attributes[name]));
        });
        if (text !== undefined && text !== null) {
            node.textContent = String(text);
        }
        return node;
    }

    function median(values) {
        var sorted = values.slice().sort(function (a, b) {
            return a - b;
        });
        var middle = Math.floor(sorted.length / 2);
        return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** A round step for about `count` ticks from 0 to max. */
    function niceStep(max, count) {
        var raw = max / count;
        var power = Math.pow(10, Math.floor(Math.log(raw) / Math.LN10));
        var fraction = raw / power;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    /**
     * An axis for the values: linear from 0 (or the lowest value, when below 0) to a round number above the
     * highest; logarithmic, with ticks at 1, 2 and 5 of each power of ten, when every value is above 0 and the
     * highest is more than 20 times the lowest, so that a few large values do not crowd the rest into a corner.
     * position(value) is the value's place on the axis, from 0 to 1.
     */
    function axis(values) {
        var low = Math.min.apply(null, values);
        var high = Math.max.apply(null, values);
        if (low > 0 && high / low > 20) {
            var bottom = Math.pow(10, Math.floor(Math.log(low) / Math.LN10));
            var top = Math.pow(10, Math.ceil(Math.log(high) / Math.LN10));
            var logTicks = [];
            for (var power = bottom; power <= top * 1.0001; power *= 10) {
                [1, 2, 5].forEach(function (step) {
                    var tick = Math.round(power * step * 1e6) / 1e6;
                    if (tick >= bottom && tick <= top * 1.0001) {
                        logTicks.push(tick);
                    }
                });
            }
            var span = Math.log(top) - Math.log(bottom);
            return {log: true, ticks: logTicks, position: function (value) {
                return (Math.log(value) - Math.log(bottom)) / span;
            }};
        }
        low = Math.min(0, low);
        if (!(high > low)) {
            high = low + 1;
        }
        var step = niceStep(high - low, 5);
        low = Math.floor(low / step) * step;
        high = Math.ceil(high / step) * step;
        var ticks = [];
        for (var tick = low; tick <= high + step / 2; tick += step) {
            ticks.push(Math.round(tick * 1e6) / 1e6);
        }
        return {log: false, ticks: ticks, position: function (value) {
            return (value - low) / (high - low);
        }};
    }

    function quadrantOf(value, effort, valueSplit, effortSplit) {
        var high = value >= valueSplit;
        var low = effort <= effortSplit;
        return high ? (low ? 'quick-wins' : 'big-bets') : (low ? 'fill-ins' : 'money-pits');
    }

    /**
     * @param board   the board JSON (portfolio, cutLine, matching, items)
     * @param options onPoint(point, key): called when a point is clicked or chosen with Enter or Space
     * @return a <div> with the chart, its notes and legend
     */
    function render(board, options) {
        var settings = options || {};
        var wrapper = element('div', 'pmo-matrix');
        var drawn = board.items.filter(function (item) {
            return item.scored && typeof item.score === 'number' && typeof item.estimate === 'number';
        });
        var notes = wrapper.appendChild(element('div', 'pmo-matrix-notes'));
        notes.id = 'pmo-matrix-note';
        // The matrix reads one page of up to 500 initiatives, the first by rank, and says whether that is all.
        notes.appendChild(element('p', 'pmo-matrix-limit', board.matching > board.items.length
            ? AJS.I18n.getText('pmo.portfolio.board.matrix.limit', String(board.items.length), String(board.matching))
            : AJS.I18n.getText('pmo.portfolio.board.matrix.limit.all', String(board.items.length),
                String(board.maxResults))));
        var left = board.items.length - drawn.length;
        if (left > 0) {
            notes.appendChild(element('p', 'pmo-matrix-undrawn', AJS.I18n.getText(
                'pmo.portfolio.board.matrix.undrawn', String(left))));
        }
        if (drawn.length === 0) {
            wrapper.appendChild(element('p', 'pmo-matrix-empty', AJS.I18n.getText('pmo.portfolio.board.matrix.empty')));
            return wrapper;
        }
        var unit = board.cutLine ? board.cutLine.unitName : '';
        var efforts = drawn.map(function (item) {
            return item.estimate;
        });
        var values = drawn.map(function (item) {
            return item.score;
        });
        var xAxis = axis(efforts);
        var yAxis = axis(values);
        var plotWidth = WIDTH - MARGIN.left - MARGIN.right;
        var plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
        var x = function (value) {
            return MARGIN.left + xAxis.position(value) * plotWidth;
        };
        var y = function (value) {
            return MARGIN.top + plotHeight - yAxis.position(value) * plotHeight;
        };
        var effortSplit = median(efforts);
        var valueSplit = median(values);

        var chart = svg('svg', {
            id: 'pmo-portfolio-matrix', 'class': 'pmo-matrix-chart', viewBox: '0 0 ' + WIDTH + ' ' + HEIGHT,
            role: 'group', 'aria-labelledby': 'pmo-matrix-title', 'data-points': drawn.length,
            'data-effort-scale': xAxis.log ? 'log' : 'linear', 'data-value-scale': yAxis.log ? 'log' : 'linear'
        });
        chart.appendChild(svg('title', {id: 'pmo-matrix-title'}, AJS.I18n.getText('pmo.portfolio.board.matrix.title',
            String(drawn.length))));
        var frame = chart.appendChild(svg('g', {'class': 'pmo-matrix-frame', 'aria-hidden': 'true'}));
        frame.appendChild(svg('rect', {x: MARGIN.left, y: MARGIN.top, width: plotWidth, height: plotHeight,
            'class': 'pmo-matrix-plot'}));
        xAxis.ticks.forEach(function (tick) {
            frame.appendChild(svg('line', {x1: x(tick), x2: x(tick), y1: MARGIN.top + plotHeight,
                y2: MARGIN.top + plotHeight + 5, 'class': 'pmo-matrix-tick'}));
            frame.appendChild(svg('text', {x: x(tick), y: MARGIN.top + plotHeight + 20, 'text-anchor': 'middle',
                'class': 'pmo-matrix-tick-label'}, model.amount(tick)));
        });
        yAxis.ticks.forEach(function (tick) {
            frame.appendChild(svg('line', {x1: MARGIN.left - 5, x2: MARGIN.left, y1: y(tick), y2: y(tick),
                'class': 'pmo-matrix-tick'}));
            frame.appendChild(svg('text', {x: MARGIN.left - 8, y: y(tick) + 4, 'text-anchor': 'end',
                'class': 'pmo-matrix-tick-label'}, model.amount(tick)));
        });
        frame.appendChild(svg('text', {x: MARGIN.left + plotWidth / 2, y: HEIGHT - 12, 'text-anchor': 'middle',
            'class': 'pmo-matrix-axis-label'}, xAxis.log ? AJS.I18n.getText('pmo.portfolio.board.matrix.effort.log', unit)
            : AJS.I18n.getText('pmo.portfolio.board.matrix.effort', unit)));
        frame.appendChild(svg('text', {x: 16, y: MARGIN.top + plotHeight / 2, 'text-anchor': 'middle',
            transform: 'rotate(-90 16 ' + (MARGIN.top + plotHeight / 2) + ')', 'class': 'pmo-matrix-axis-label'},
            yAxis.log ? AJS.I18n.getText('pmo.portfolio.board.matrix.value.log')
                : AJS.I18n.getText('pmo.portfolio.board.matrix.value')));
        frame.appendChild(svg('line', {x1: x(effortSplit), x2: x(effortSplit), y1: MARGIN.top,
            y2: MARGIN.top + plotHeight, 'class': 'pmo-matrix-split'}));
        frame.appendChild(svg('line', {x1: MARGIN.left, x2: MARGIN.left + plotWidth, y1: y(valueSplit),
            y2: y(valueSplit), 'class': 'pmo-matrix-split'}));
        [['quick-wins', MARGIN.left + 8, MARGIN.top + 18, 'start'],
            ['big-bets', MARGIN.left + plotWidth - 8, MARGIN.top + 18, 'end'],
            ['fill-ins', MARGIN.left + 8, MARGIN.top + plotHeight - 10, 'start'],
            ['money-pits', MARGIN.left + plotWidth - 8, MARGIN.top + plotHeight - 10, 'end']]
            .forEach(function (quadrant) {
                frame.appendChild(svg('text', {x: quadrant[1], y: quadrant[2], 'text-anchor': quadrant[3],
                    'class': 'pmo-matrix-quadrant', 'data-quadrant': quadrant[0]}, QUADRANTS[quadrant[0]]));
            });

        var points = chart.appendChild(svg('g', {'class': 'pmo-matrix-points'}));
        drawn.forEach(function (item) {
            var quadrant = quadrantOf(item.score, item.estimate, valueSplit, effortSplit);
            var label = AJS.I18n.getText('pmo.portfolio.board.matrix.point', item.key, String(item.title),
                model.score(item.score), model.amount(item.estimate), unit, String(item.fundingName),
                QUADRANTS[quadrant]);
            var point = svg('circle', {
                cx: x(item.estimate), cy: y(item.score), r: RADIUS, tabindex: 0, role: 'button',
                'class': 'pmo-matrix-point pmo-funding-' + item.funding, 'data-key': item.key,
                'data-score': item.score, 'data-estimate': item.estimate, 'data-funding': item.funding,
                'data-quadrant': quadrant, 'aria-label': label
            });
            point.appendChild(svg('title', {}, label));
            points.appendChild(point);
        });
        if (settings.onPoint) {
            points.addEventListener('click', function (event) {
                var point = event.target.closest ? event.target.closest('.pmo-matrix-point') : null;
                if (point) {
                    settings.onPoint(point, point.getAttribute('data-key'));
                }
            });
            points.addEventListener('keydown', function (event) {
                var point = event.target.closest ? event.target.closest('.pmo-matrix-point') : null;
                if (point && (event.key === 'Enter' || event.key === ' ')) {
                    event.preventDefault();
                    settings.onPoint(point, point.getAttribute('data-key'));
                }
            });
        }
        var figure = wrapper.appendChild(element('div', 'pmo-matrix-figure'));
        figure.appendChild(chart);
        wrapper.appendChild(legend(drawn));
        return wrapper;
    }

    function legend(drawn) {
        var counts = {};
        drawn.forEach(function (item) {
            counts[item.funding] = (counts[item.funding] || 0) + 1;
        });
        var list = element('ul', 'pmo-matrix-legend');
        list.setAttribute('aria-label', AJS.I18n.getText('pmo.portfolio.board.matrix.legend'));
        model.FUNDING_ORDER.forEach(function (funding) {
            if (!counts[funding]) {
                return;
            }
            var name = drawn.filter(function (item) {
                return item.funding === funding;
            })[0].fundingName;
            var entry = list.appendChild(element('li', 'pmo-matrix-legend-entry'));
            entry.setAttribute('data-funding', funding);
            var swatch = entry.appendChild(element('span', 'pmo-matrix-swatch pmo-funding-' + funding));
            swatch.setAttribute('aria-hidden', 'true');
            entry.appendChild(element('span', null, AJS.I18n.getText('pmo.portfolio.board.matrix.legend.entry',
                String(name), String(counts[funding]))));
        });
        return list;
    }

    return {
        render: render,
        quadrantOf: quadrantOf
    };
});
