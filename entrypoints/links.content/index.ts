// Injected by the background when the popup asks to find report links on the tab: runs the
// detector's link passes on the page whatever its title says, and answers with what they found
// (the result of scripting.executeScript). The chips or buttons are then injected as the detector's
// messages would have them.

import { scanLinks } from '../detect/scan';

export default defineContentScript({
  registration: 'runtime',
  matches: ['*://*.gov.cn/*'],
  main: () => scanLinks(document),
});
