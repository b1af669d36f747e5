import './styles/theme.css';
import './styles/global.css';
import './styles/print.css';
import './styles/noscript.css';
import { applyTheme, readStoredTheme, themeStorage } from './lib/theme/theme';
import { startApp } from './prerender/startApp';

// The reader's own choice of theme, as soon as the script runs (the system's is CSS's own).
applyTheme(document.documentElement, readStoredTheme(themeStorage()));

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element to start the app in');
void startApp(target);
