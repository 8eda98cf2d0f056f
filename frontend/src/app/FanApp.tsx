import { H5ChatPage } from '../features/h5/H5ChatPage';
import { RatingPage } from '../features/rating/RatingPage';
import { RATING_PATH } from './fanPaths';
import { useHashPath } from './useHashPath';

export function FanApp() {
  const path = useHashPath();
  // A fan opens the rating page from WeChat's template message; the link's token stands in for a login.
  if (path.startsWith(RATING_PATH))
    return <RatingPage token={decodeURIComponent(path.slice(RATING_PATH.length))} />;
  // A fan opens the H5 chat from the account's menu; the backend's WeChat authorization signed the fan in.
  const [, query = ''] = path.split('?');
  return <H5ChatPage failed={new URLSearchParams(query).get('failed')} />;
}
