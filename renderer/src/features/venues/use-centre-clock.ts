import { useEffect, useState } from 'react';
import { wallNow, wallTime } from '../../../../electron/shared/wall-time';

/** The wall clock at the centre, `YYYY-MM-DDTHH:mm`, moving on every `seconds` (a sign that runs all day). */
export function useCentreClock(seconds = 20): string {
  const read = () => wallTime(wallNow(new Date()));
  const [now, setNow] = useState(read);
  useEffect(() => {
    const timer = setInterval(() => setNow(read()), seconds * 1000);
    return () => clearInterval(timer);
  }, [seconds]);
  return now;
}
