import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

interface Member {
  privacy?: string;
  static?: boolean;
}
interface Declaration {
  members?: Member[];
  attributes?: unknown[];
}

/** The docs show the public API only: private and static members are implementation. */
function publicApi(source: typeof manifest): typeof manifest {
  const copy = structuredClone(source);
  for (const module of copy.modules) {
    for (const declaration of (module.declarations ?? []) as Declaration[]) {
      declaration.members = declaration.members?.filter((member) => !member.privacy && !member.static);
    }
  }
  return copy;
}

// Autodocs read attributes, events, parts and CSS properties from the JSDoc, via the manifest.
setCustomElementsManifest(publicApi(manifest));

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
