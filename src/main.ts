import { mount } from 'svelte';
import './styles/theme.css';
import './styles/global.css';
import './styles/print.css';
import App from './app/App.svelte';
import { applyTheme, readStoredTheme, themeStorage } from './lib/theme/theme';

// The reader's theme before the first paint of the app, so a dark choice never flashes light.
applyTheme(document.documentElement, readStoredTheme(themeStorage()));

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element to mount into');
mount(App, { target });
