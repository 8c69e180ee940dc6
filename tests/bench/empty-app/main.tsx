// The benchmark's baseline: the smallest React page, built by Vite and served by the same host.
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (root) createRoot(root).render(<button type="button">ready</button>);
