import Reveal from '../../node_modules/reveal.js/dist/reveal.esm.js';

// 1280x720: the 16:9 slide the components are laid out for; reveal scales it to the screen.
await Reveal.initialize({ width: 1280, height: 720, margin: 0.04, hash: true });
// As reveal.js's script build does: the deck's API on window, for the console and for tests.
window.Reveal = Reveal;
