/*
 * pmo/common/rest: JSON calls to the app's REST resources, below Jira's context path.
 *
 *   rest.get('/rest/pmo/1.0/raid/heatmap', {project: 'KEY', type: ['RISK', 'ISSUE']}).then(draw, errors.show);
 *
 * Every call sends and accepts JSON; every write (PUT, POST, DELETE) also sends X-Atlassian-Token: no-check, as
 * Jira's XSRF protection asks of scripted calls. Each call returns a Promise. It resolves with the parsed body
 * (null when there is none); it rejects with an Error that carries the HTTP status (0 when the server could not be
 * reached) and the body in Jira's error shape, {errorMessages: [...], errors: {field: message}}, always with both.
 */
define('pmo/common/rest', ['wrm/context-path'], function (contextPath) {
    'use strict';

    function query(params) {
        var parts = [];
        Object.keys(params || {}).forEach(function (name) {
            [].concat(params[name]).forEach(function (value) {
                if (value !== undefined && value !== null && value !== '') {
                    parts.push(encodeURIComponent(name) + '=' + encodeURIComponent(value));
                }
            });
        });
        return parts.length ? '?' + parts.join('&') : '';
    }

    function parse(text) {
        if (!text) {
            return null;
        }
        try {
            return JSON.parse(text);
        } catch (notJson) {
            return null;
        }
    }

    /** Jira's error body, with both parts present whatever the server sent. */
    function errorBody(body) {
        var messages = body && Array.isArray(body.errorMessages) ? body.errorMessages : [];
        var errors = body && body.errors && typeof body.errors === 'object' && !Array.isArray(body.errors)
            ? body.errors : {};
        return {errorMessages: messages.map(String), errors: errors};
    }

    function failure(method, path, status, body) {
        var error = new Error(method + ' ' + path + ' failed with status ' + status);
        error.status = status;
        error.body = errorBody(body);
        return error;
    }

    /**
     * @param method  GET, PUT, POST or DELETE
     * @param path    below the context path, e.g. /rest/pmo/1.0/raid/heatmap
     * @param options params: query parameters (a value may be an array); data: the JSON body of a write
     */
    function request(method, path, options) {
        var settings = options || {};
        var headers = {'Accept': 'application/json'};
        var init = {method: method, credentials: 'same-origin', headers: headers};
        if (method !== 'GET') {
            headers['Content-Type'] = 'application/json';
            headers['X-Atlassian-Token'] = 'no-check';
            if (settings.data !== undefined) {
                init.body = JSON.stringify(settings.data);
            }
        }
        return fetch(contextPath() + path + query(settings.params), init).then(function (response) {
            return response.text().then(function (text) {
                var body = parse(text);
                if (!response.ok) {
                    throw failure(method, path, response.status, body);
                }
                return body;
            });
        }, function () {
            throw failure(method, path, 0, null);
        });
    }

    return {
        get: function (path, params) {
            return request('GET', path, {params: params});
        },
        put: function (path, data, params) {
            return request('PUT', path, {data: data, params: params});
        },
        post: function (path, data, params) {
            return request('POST', path, {data: data, params: params});
        },
        del: function (path, params) {
            return request('DELETE', path, {params: params});
        },
        request: request
    };
});
