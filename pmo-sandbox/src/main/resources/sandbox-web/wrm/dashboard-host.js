/*
 * The sandbox's dashboard host: what Jira's dashboard does for a client-side dashboard item. For every frame on the
 * page it requires the item's AMD module, creates it with an API (the members Jira's dashboard-item API offers:
 * isEditable, savePreferences, closeEdit, getGadgetId, resize, showLoadingBar, hideLoadingBar, setTitle) and calls
 * render(context, preferences), or renderEdit when the frame's Configure button is pressed. Preferences are kept per
 * user and item on the server; like Jira, the item gets them back HTML-encoded.
 */
(function () {
    'use strict';

    var ENTITIES = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};

    function encoded(preferences) {
        var result = {};
        Object.keys(preferences || {}).forEach(function (name) {
            result[name] = String(preferences[name]).replace(/[&<>"']/g, function (character) {
                return ENTITIES[character];
            });
        });
        return result;
    }

    function start(contextPath) {
        var dashboard = document.getElementById('dashboard');
        if (!dashboard) {
            return;
        }
        var url = dashboard.getAttribute('data-preferences-url');
        fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}}).then(function (response) {
            return response.ok ? response.json() : {};
        }).then(function (stored) {
            Array.prototype.slice.call(dashboard.querySelectorAll('[data-gadget-id]')).forEach(function (frame) {
                host(frame, url, stored[frame.getAttribute('data-gadget-id')] || {});
            });
        });
    }

    function host(frame, url, initial) {
        var id = frame.getAttribute('data-gadget-id');
        var content = frame.querySelector('.dashboard-item-content');
        var title = frame.querySelector('.dashboard-item-title');
        var preferences = initial;
        frame.setAttribute('data-state', 'loading');
        require([frame.getAttribute('data-amd-module')], function (Item) {
            var item;
            var api = {
                isEditable: function () {
                    return document.getElementById('dashboard').getAttribute('data-editable') === 'true';
                },
                savePreferences: function (changed) {
                    var saved = {};
                    Object.keys(changed || {}).forEach(function (name) {
                        saved[name] = String(changed[name]);
                    });
                    return fetch(url + '?item=' + encodeURIComponent(id), {
                        method: 'PUT', credentials: 'same-origin', body: JSON.stringify(saved),
                        headers: {'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check'}
                    }).then(function (response) {
                        if (!response.ok) {
                            throw new Error('saving the preferences failed with status ' + response.status);
                        }
                        preferences = saved;
                        frame.setAttribute('data-state', 'view');
                        item.render(content, encoded(preferences));
                    });
                },
                closeEdit: function () {
                    frame.setAttribute('data-state', 'view');
                    item.render(content, encoded(preferences));
                },
                getGadgetId: function () {
                    return id;
                },
                resize: function () {
                },
                showLoadingBar: function () {
                    frame.classList.add('dashboard-item-loading');
                },
                hideLoadingBar: function () {
                    frame.classList.remove('dashboard-item-loading');
                },
                setTitle: function (text) {
                    title.textContent = text;
                }
            };
            item = new Item(api);
            var configure = frame.querySelector('.dashboard-item-configure');
            if (configure) {
                configure.addEventListener('click', function () {
                    frame.setAttribute('data-state', 'edit');
                    item.renderEdit(content, encoded(preferences));
                });
            }
            frame.setAttribute('data-state', 'view');
            item.render(content, encoded(preferences));
        });
    }

    require(['wrm/context-path'], function (contextPath) {
        if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', function () {
                start(contextPath);
            });
        } else {
            start(contextPath);
        }
    });
}());
