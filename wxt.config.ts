import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * Public half of the RSA key that fixes the Chrome extension id
 * (ccbhkgnakpienpfclpipkpkeegoejpda) so tests and docs can name extension
 * pages. The private half was thrown away: a store upload gets its own.
 */
const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAqDVRi8bZDW1IXSXfJEHGtlOk4v/Wz5+/jI9RrUOApDYC0h2oY0o7xR3Z3b0RD+Ebjwut4DcMWOaksZF5sFnF7pYtryoNWby8OEVcUSUAuHGA7jOcmxypuZ6+hdrbSA+FA1VkIfS0pCkNLsW4O/20pQ/NV93NMF9X9W2MrNkJUalDLU3ZbtWsuhYgtsn7oXm1KTYvawO4D7EpBIZlaVWjmLtk8pt87u2GJaFG/4O2IJjZbtxpKV852vAZRGYC5dxCzmBZ+kOJXgGNPrS6lwcJFlTgo2kJUnvsrQRA58rtDwowc09e7ezAUU9ejNTBEoo665UzfFnaovk+IG8kt71U/wIDAQAB';

export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => {
    const isFirefox = browser === 'firefox';
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'vi',
      // sidePanel is added by WXT for Chromium builds only (Firefox gets sidebar_action).
      permissions: ['storage', 'contextMenus', 'activeTab'],
      // The content script's own reach, declared again for the extension: the viewer may fetch the
      // PDF the reader opens, and tab addresses become readable. See docs/decisions/0004-pdf-host-access.md.
      host_permissions: ['http://*/*', 'https://*/*'],
      action: { default_title: '__MSG_actionTitle__', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
      commands: {
        'analyse-page': {
          suggested_key: { default: 'Alt+Shift+S' },
          description: '__MSG_commandAnalysePage__',
        },
        'annotate-selection': {
          suggested_key: { default: 'Alt+Shift+A' },
          description: '__MSG_commandAnnotateSelection__',
        },
      },
      ...(isFirefox
        ? {
            browser_specific_settings: {
              gecko: {
                id: 'soi@soi.example',
                strict_min_version: '128.0',
                data_collection_permissions: { required: ['none'] },
              },
            },
          }
        : { key: CHROME_PUBLIC_KEY }),
    };
  },
});
