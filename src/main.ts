import { mount } from 'svelte';
import './styles/theme.css';
import './styles/global.css';
import App from './app/App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element to mount into');
mount(App, { target });
