// Unmount what each test rendered, so the next one starts from an empty document.
import { cleanup } from '@testing-library/svelte';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});
