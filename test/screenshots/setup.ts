// Stories render here as they do in Storybook: through the workshop's own decorators and globals
// (theme, direction, language), which .storybook/preview.tsx defines.
import { setProjectAnnotations } from '@storybook/react';
import { beforeAll } from 'vitest';
import { commands } from 'vitest/browser';
import preview from '../../.storybook/preview';

setProjectAnnotations([preview]);

// Pictures from other hosts are drawn as grey squares, and nothing else comes from the network.
beforeAll(() => commands.stubOtherHosts());

// Storybook's canvas has no page margin in the full-screen layout the stories use.
document.body.style.margin = '0';
