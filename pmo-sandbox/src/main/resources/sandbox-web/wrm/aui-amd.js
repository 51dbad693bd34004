/*
 * The sandbox's stand-in for the AMD names Jira's AUI and jQuery web resources register. AUI registers them
 * itself when an AMD loader is present as it loads; the sandbox loads almond after AUI (AUI's UMD wrapper would
 * otherwise keep AJS off the window), so it registers the ones the app uses here, over the same globals.
 */
(function (window) {
    'use strict';
    var jQuery = window.jQuery;
    var AJS = window.AJS;
    define('jquery', [], function () {
        return jQuery;
    });
    define('aui/flag', [], function () {
        return AJS.flag;
    });
}(window));
