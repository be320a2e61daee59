-- Issue 14, one person, one address: every stored e-mail address is written as core's
-- normaliseEmail writes it (packages/core/src/organisation/emailAddress.ts): without the white
-- space around it (what JavaScript's trim removes), in lower case, in Unicode NFC.
-- lower() follows the database's collation, and under the "C" locale it lowers ASCII letters
-- only: the capitals of the Latin, Greek and Cyrillic blocks are lowered by translate() first,
-- the same way whatever the collation.
CREATE FUNCTION pg_temp.certeval_email(address text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT normalize(lower(translate(
    btrim(address, E' \t\n\u000b\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'),
    'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽƁƂƄƆƇƉƊƋƎƏƐƑƓƔƖƗƘƜƝƟƠƢƤƦƧƩƬƮƯƱƲƳƵƷƸƼǄǅǇǈǊǋǍǏǑǓǕǗǙǛǞǠǢǤǦǨǪǬǮǱǲǴǶǷǸǺǼǾȀȂȄȆȈȊȌȎȐȒȔȖȘȚȜȞȠȢȤȦȨȪȬȮȰȲȺȻȽȾɁɃɄɅɆɈɊɌɎͰͲͶͿΆΈΉΊΌΎΏΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩΪΫϏϘϚϜϞϠϢϤϦϨϪϬϮϴϷϹϺϽϾϿЀЁЂЃЄЅІЇЈЉЊЋЌЍЎЏАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯѠѢѤѦѨѪѬѮѰѲѴѶѸѺѼѾҀҊҌҎҐҒҔҖҘҚҜҞҠҢҤҦҨҪҬҮҰҲҴҶҸҺҼҾӀӁӃӅӇӉӋӍӐӒӔӖӘӚӜӞӠӢӤӦӨӪӬӮӰӲӴӶӸӺӼӾԀԂԄԆԈԊԌԎԐԒԔԖԘԚԜԞԠԢԤԦԨԪԬԮ',
    'àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįĳĵķĺļľŀłńņňŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷÿźżžɓƃƅɔƈɖɗƌǝəɛƒɠɣɩɨƙɯɲɵơƣƥʀƨʃƭʈưʊʋƴƶʒƹƽǆǆǉǉǌǌǎǐǒǔǖǘǚǜǟǡǣǥǧǩǫǭǯǳǳǵƕƿǹǻǽǿȁȃȅȇȉȋȍȏȑȓȕȗșțȝȟƞȣȥȧȩȫȭȯȱȳⱥȼƚⱦɂƀʉʌɇɉɋɍɏͱͳͷϳάέήίόύώαβγδεζηθικλμνξοπρστυφχψωϊϋϗϙϛϝϟϡϣϥϧϩϫϭϯθϸϲϻͻͼͽѐёђѓєѕіїјљњћќѝўџабвгдежзийклмнопрстуфхцчшщъыьэюяѡѣѥѧѩѫѭѯѱѳѵѷѹѻѽѿҁҋҍҏґғҕҗҙқҝҟҡңҥҧҩҫҭүұҳҵҷҹһҽҿӏӂӄӆӈӊӌӎӑӓӕӗәӛӝӟӡӣӥӧөӫӭӯӱӳӵӷӹӻӽӿԁԃԅԇԉԋԍԏԑԓԕԗԙԛԝԟԡԣԥԧԩԫԭԯ')), NFC)
$$;
--> statement-breakpoint
-- Accounts whose addresses become the same: the one already normalised keeps it, else the one
-- with a password, else the oldest. The others keep their stored spelling, which no sign-in
-- looks up any more (nothing is merged or deleted: their roles and records stay), and each is
-- listed in the audit trail with the account that kept the address, for an administrator to
-- merge or rename.
WITH ranked AS (
  SELECT id, email, pg_temp.certeval_email(email) AS address,
    row_number() OVER (
      PARTITION BY pg_temp.certeval_email(email)
      ORDER BY email = pg_temp.certeval_email(email) DESC, password_hash IS NOT NULL DESC,
        created_at, id
    ) AS rank
  FROM users
)
INSERT INTO audit_events (actor_id, action, subject_type, subject_id, data)
SELECT NULL, 'user.email_not_normalised', 'user', duplicate.id::text,
  jsonb_build_object('email', duplicate.email, 'address', duplicate.address, 'keptBy', kept.id)
FROM ranked duplicate JOIN ranked kept ON kept.address = duplicate.address AND kept.rank = 1
WHERE duplicate.rank > 1;
--> statement-breakpoint
WITH ranked AS (
  SELECT id, pg_temp.certeval_email(email) AS address,
    row_number() OVER (
      PARTITION BY pg_temp.certeval_email(email)
      ORDER BY email = pg_temp.certeval_email(email) DESC, password_hash IS NOT NULL DESC,
        created_at, id
    ) AS rank
  FROM users
)
UPDATE users SET email = ranked.address
FROM ranked
WHERE users.id = ranked.id AND ranked.rank = 1 AND users.email <> ranked.address;
--> statement-breakpoint
UPDATE invitations SET email = pg_temp.certeval_email(email)
WHERE email <> pg_temp.certeval_email(email);
--> statement-breakpoint
UPDATE candidates SET email = pg_temp.certeval_email(email)
WHERE email IS NOT NULL AND email <> pg_temp.certeval_email(email);
--> statement-breakpoint
DROP FUNCTION pg_temp.certeval_email(text);
