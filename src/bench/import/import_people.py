"""Signs in as the demo register keeper `chief` (password, then TOTP: the enrolment secret of the first sign-in is
kept in $BENCH_DIR, default /tmp), imports a people CSV once and prints the import record's figures.

    python3 import_people.py http://localhost:8092 people-1m.csv put|multipart

`put` streams the file as the body of PUT /api/v1/registry/imports/persons; `multipart` posts it as a form upload
(the only way before the streamed import existed). Mode ALL_OR_NOTHING, encoding UTF-8."""
import os, urllib.parse, base64, hashlib, hmac, http.cookiejar, json, struct, subprocess, sys, time, urllib.request

def totp(secret):
    key = base64.b32decode(secret + '=' * (-len(secret) % 8))
    counter = struct.pack('>Q', int(time.time()) // 30)
    digest = hmac.new(key, counter, hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    code = (struct.unpack('>I', digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000
    return '%06d' % code

def sign_in(base, login='chief', password='Yiwang@2026'):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    def post(path, body):
        req = urllib.request.Request(base + path, data=json.dumps(body).encode(), method='POST',
                                     headers={'Content-Type': 'application/json'})
        return json.loads(opener.open(req).read())
    answer = post('/api/v1/auth/login', {'login': login, 'password': password})

    store = os.environ.get('BENCH_DIR', '/tmp') + '/totp-' + urllib.parse.urlparse(base).netloc.replace(':', '-') + '-' + login
    if 'enrolment' in answer:
        secret = answer['enrolment']['secret']
        open(store, 'w').write(secret)
    else:
        secret = open(store).read().strip()
    # a code is accepted once: a sign-in in the same 30 s step as the last one waits for the next step
    used = store + '.step'
    last = int(open(used).read()) if os.path.exists(used) else -1
    while int(time.time()) // 30 <= last:
        time.sleep(1)
    open(used, 'w').write(str(int(time.time()) // 30))
    done = post('/api/v1/auth/second-factor', {'code': totp(secret)})
    assert done['status'] == 'SIGNED_IN', done
    return [c for c in jar if c.name == 'JSESSIONID'][0].value

def run_import(base, session, csv, multipart):
    start = time.time()
    if multipart:
        cmd = ['curl', '-s', '-b', 'JSESSIONID=' + session, '-F', 'mode=ALL_OR_NOTHING', '-F', 'encoding=UTF-8',
               '-F', 'file=@' + csv, base + '/api/v1/registry/imports/persons']
    else:
        cmd = ['curl', '-s', '-b', 'JSESSIONID=' + session, '-X', 'PUT', '-H', 'Content-Type: text/csv',
               '-T', csv, base + '/api/v1/registry/imports/persons?mode=ALL_OR_NOTHING&encoding=UTF-8']
    out = subprocess.run(cmd, capture_output=True, text=True).stdout
    total = time.time() - start
    run = json.loads(out)['run']
    from datetime import datetime
    t0 = datetime.fromisoformat(run['startedAt'].replace('Z', '+00:00'))
    t1 = datetime.fromisoformat(run['finishedAt'].replace('Z', '+00:00'))
    secs = (t1 - t0).total_seconds()
    print('IMPORT rows %d changed %d unchanged %d rejected %d: server %.2f s = %.0f rows/s (curl %.1f s) %s'
          % (run['rowsRead'], run['rowsChanged'], run['rowsUnchanged'], run['rowsRejected'], secs,
             run['rowsRead'] / secs, total, run['outcome']), flush=True)

if __name__ == '__main__':
    base, csv, mode = sys.argv[1], sys.argv[2], sys.argv[3]
    session = sign_in(base)
    run_import(base, session, csv, mode == 'multipart')
