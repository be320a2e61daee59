/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

m/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

{/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

q/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

u/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

y/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

O/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

}/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

f/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

m/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

'/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

@/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

c/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

k/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

//**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

c/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

-/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

q/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

u/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

y/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

'/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

;/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

m/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

{/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

A/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

E/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

,/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

F/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

c/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

h/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

}/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

f/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

m/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

'/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

./**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

./**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

//**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

./**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

./**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

//**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

//**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

C/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

l/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

./**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

'/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

;/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

m/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

y/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

{/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

L/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

c/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

l/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

}/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

f/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

m/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

'/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

./**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

./**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

//**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

./**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

./**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

//**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

1/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

8/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

//**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

l/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

c/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

l/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

./**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

'/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

;/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

m/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

y/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

{/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

M/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

}/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

f/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

m/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

'/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

./**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

//**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

m/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

./**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

'/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

;/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

x/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

c/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

m/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

Q/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

u/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

y/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

K/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

y/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

=/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

[/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

'/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

m/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

'/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

]/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

c/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

;/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

//**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

*/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

*/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

T/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

h/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

g/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

d/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

-/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

,/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

u/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

l/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

l/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

w/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

h/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

b/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

d/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

y/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

g/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

d/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

(/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

4/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

0/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

1/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

)/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

./**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

*/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

//**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

y/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

c/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

f/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

u/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

c/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

f/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

c/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

h/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

M/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

(/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

)/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

:/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

P/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

m/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

</**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

M/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

|/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

u/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

l/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

l/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

>/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

{/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

y/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

{/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

u/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

w/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

F/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

c/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

h/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

</**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

M/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

>/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

(/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

'/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

//**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

//**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

m/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

'/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

)/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

;/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

}/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

c/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

c/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

h/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

(/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

)/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

{/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

f/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

(/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

c/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

f/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

A/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

E/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

&/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

&/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

./**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

u/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

=/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

=/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

=/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

4/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

0/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

1/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

)/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

u/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

u/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

l/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

l/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

;/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

h/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

w/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

;/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

}/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

}/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

x/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

c/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

m/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

Q/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

u/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

y/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

=/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

q/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

u/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

y/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

O/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

(/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

{/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

q/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

u/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

y/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

K/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

y/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

:/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

m/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

Q/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

u/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

y/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

K/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

y/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

,/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

q/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

u/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

y/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

F/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

:/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

f/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

c/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

h/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

M/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

,/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

l/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

T/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

m/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

:/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

5/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

*/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

6/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

0/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

_/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

0/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

0/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

0/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

,/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

}/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

)/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

;/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

x/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

f/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

u/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

c/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

l/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

g/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

(/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

c/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

d/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

l/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

:/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

{/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

m/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

l/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

:/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

g/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

;/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

w/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

d/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

:/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

g/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

}/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

)/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

:/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

P/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

m/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

</**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

M/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

>/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

{/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

u/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

F/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

c/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

h/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

</**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

M/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

>/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

(/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

'/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

//**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

//**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

u/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

h/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

//**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

l/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

g/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

'/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

,/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

{/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

m/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

h/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

d/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

:/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

'/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

P/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

O/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

S/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

T/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

'/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

,/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

b/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

d/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

y/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

:/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

c/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

d/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

l/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

}/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

)/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

;/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

}/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

x/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

f/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

u/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

c/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

l/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

g/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

u/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

(/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

)/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

:/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

P/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

m/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

</**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

v/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

d/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

>/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

{/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

u/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

F/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

c/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

h/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

</**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

v/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

d/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

>/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

(/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

'/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

//**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

//**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

u/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

h/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

//**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

l/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

g/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

u/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

'/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

,/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

{/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

m/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

h/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

d/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

:/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

'/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

P/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

O/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

S/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

T/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

'/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

}/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

)/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

;/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

}/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

x/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

f/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

u/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

c/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

v/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

L/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

c/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

l/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

(/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

l/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

c/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

l/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

:/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

L/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

c/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

l/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

)/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

:/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

P/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

m/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

</**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

v/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

d/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

>/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

{/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

u/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

F/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

c/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

h/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

</**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

v/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

d/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

>/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

(/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

'/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

//**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

//**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

m/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

//**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

l/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

c/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

l/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

'/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

,/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

{/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

m/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

h/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

d/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

:/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

'/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

P/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

U/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

T/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

'/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

,/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

b/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

d/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

y/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

:/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

{/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

l/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

c/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

l/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

}/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

}/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

)/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

;/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

}/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

x/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

f/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

u/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

c/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

P/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

w/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

d/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

(/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

u/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

:/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

{/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

k/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

:/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

g/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

;/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

w/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

d/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

:/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

g/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

}/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

)/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

:/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

P/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

m/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

</**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

v/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

d/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

>/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

{/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

u/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

F/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

c/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

h/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

</**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

v/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

d/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

>/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

(/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

'/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

//**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

//**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

u/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

h/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

//**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

w/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

d/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

-/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

'/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

,/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

{/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

m/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

h/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

d/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

:/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

'/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

P/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

O/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

S/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

T/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

'/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

,/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

b/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

d/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

y/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

:/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

u/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

}/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

)/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

;/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

}/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

//**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

*/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

*/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

A/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

k/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

f/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

-/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

m/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

l/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

k/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

c/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

h/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

w/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

w/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

d/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

(/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

h/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

m/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

w/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

f/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

y/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

d/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

d/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

)/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

./**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

*/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

//**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

x/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

f/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

u/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

c/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

k/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

F/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

R/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

L/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

k/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

(/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

m/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

l/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

:/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

g/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

)/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

:/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

P/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

m/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

</**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

v/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

d/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

>/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

{/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

u/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

n/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

F/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

c/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

h/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

</**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

v/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

d/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

>/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

(/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

'/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

//**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

//**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

u/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

h/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

//**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

p/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

s/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

w/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

d/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

-/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

f/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

r/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

g/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

'/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

,/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

{/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

m/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

t/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

h/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

d/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

:/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

'/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

P/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

O/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

S/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

T/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

'/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

,/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

b/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

o/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

d/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

y/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

:/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

{/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

e/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

m/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

a/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

i/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

l/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

}/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

 /**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

}/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

)/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

;/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

}/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}


/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

