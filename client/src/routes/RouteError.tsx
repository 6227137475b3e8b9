import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

/** Last-resort page for a route that threw or does not exist (also catches a failed lazy chunk after a deploy). */
export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <Center mih="60vh">
      <Stack align="center">
        <Title order={1}>{notFound ? 'Page not found' : 'Something went wrong'}</Title>
        <Text c="dimmed">{notFound ? 'This address does not match any page.' : 'Reload the page to try again.'}</Text>
        {notFound ? (
          <Button component={Link} to="/">
            Go to the overview
          </Button>
        ) : (
          <Button onClick={() => window.location.reload()}>Reload</Button>
        )}
      </Stack>
    </Center>
  );
}

