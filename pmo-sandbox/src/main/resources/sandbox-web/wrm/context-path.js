/*
 * The sandbox's stand-in for Jira's com.atlassian.plugins.atlassian-plugins-webresource-plugin:context-path: the
 * AMD module wrm/context-path, a function that answers the context path (in Jira, AJS.contextPath). Jira reads the
 * path from page data; the sandbox takes it from this script's own URL, <context path>/sandbox/static/wrm/
 * context-path.js. (AUI 10's prototyping bundle has AJS.contextPath as a read-only property, so it stays as it is.)
 */
(function (document) {
    'use strict';
    var own = '/sandbox/static/wrm/context-path.js';
    var script = document.currentScript;
    var path = script ? new URL(script.src, document.baseURI).pathname : '';
    var contextPath = path.slice(-own.length) === own ? path.slice(0, -own.length) : '';

    function get() {
        return contextPath;
    }

    define('wrm/context-path', [], function () {
        return get;
    });
}(document));
