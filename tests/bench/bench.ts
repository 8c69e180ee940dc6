// `npm run bench`: every figure next to a baseline measured in the same run, printed as a ratio.
import { platformBench } from './platform.bench';

async function main(): Promise<void> {
  console.log(`Hongyi benchmark — Node ${process.version}, ${new Date().toISOString()}`);
  await platformBench(async (page) => {
    // The home screen is interactive when its staff entrance can be tapped.
    await page.getByRole('main').waitFor();
  });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
