using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using GraphQLParser.Visitors;
using Hub.Api.GraphQL.Http;
using Hub.Api.Options;
using Hub.Data.Entities;

namespace Hub.Api.GraphQL;

/// <summary>Checks a document's size, tokens, nesting, aliases, directives and operation names before anything else
/// happens to the request: no token is looked up and no database is asked for a document refused
/// here. A document that does not parse is left to the engine, which reports it as usual.</summary>
internal static class DocumentLimits
{
    public static (GraphQLDocument? Document, Refusal? Error) Check(string query, LimitsOptions limits)
    {
        if (query.Length > limits.MaxDocumentLength)
        {
            return (null, Refuse(ErrorCodes.DocumentTooLarge, $"The document is longer than {limits.MaxDocumentLength} characters."));
        }

        if (CountTokens(query, limits.MaxTokens + 1) > limits.MaxTokens)
        {
            return (null, Refuse(ErrorCodes.TooManyTokens, $"The document has more than {limits.MaxTokens} tokens."));
        }

        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query, new ParserOptions { MaxDepth = limits.MaxParserDepth, Ignore = IgnoreOptions.Comments });
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return (null, Refuse(ErrorCodes.DocumentTooDeep, $"The document nests deeper than {limits.MaxParserDepth} levels."));
        }
        catch (GraphQLSyntaxErrorException)
        {
            return (null, null);
        }

        var counter = new Counter();
        counter.VisitAsync(document, counter).AsTask().GetAwaiter().GetResult();
        // The disclosure log records the operation's name: a name it cannot hold would make every
        // case the operation reads undeliverable.
        return counter.LongestOperationName > Disclosure.MaxOperationNameLength
            ? (null, Refuse(ErrorCodes.InvalidRequest, $"An operation name is longer than {Disclosure.MaxOperationNameLength} characters."))
            : counter.Aliases > limits.MaxAliases
            ? (null, Refuse(ErrorCodes.TooManyAliases, $"The document uses more than {limits.MaxAliases} aliases."))
            : counter.Directives > limits.MaxDirectives
                ? (null, Refuse(ErrorCodes.TooManyDirectives, $"The document uses more than {limits.MaxDirectives} directives."))
                : ExpandedSelections.Count(document) > limits.MaxExpandedFields
                    ? (null, Refuse(ErrorCodes.TooManyFields, $"The document selects more than {limits.MaxExpandedFields} fields with its fragments spread out."))
                    : (document, null);
    }

    private static int CountTokens(string query, int stopAt)
    {
        var count = 0;
        var position = 0;
        try
        {
            while (count < stopAt)
            {
                var token = Lexer.Lex(query, position);
                if (token.Kind == TokenKind.EOF)
                {
                    break;
                }

                count++;
                position = token.End;
            }
        }
        catch (GraphQLSyntaxErrorException)
        {
            // Malformed text: the parser reports it.
        }

        return count;
    }

    private static Refusal Refuse(string code, string message) => new(code, message);

    private sealed class Counter : ASTVisitor<Counter>, IASTVisitorContext
    {
        public CancellationToken CancellationToken => CancellationToken.None;

        public int Aliases { get; private set; }
        public int Directives { get; private set; }
        public int LongestOperationName { get; private set; }

        protected override ValueTask VisitOperationDefinitionAsync(GraphQLOperationDefinition definition, Counter context)
        {
            LongestOperationName = Math.Max(LongestOperationName, definition.Name?.Value.Length ?? 0);
            return base.VisitOperationDefinitionAsync(definition, context);
        }

        protected override ValueTask VisitAliasAsync(GraphQLAlias alias, Counter context)
        {
            Aliases++;
            return base.VisitAliasAsync(alias, context);
        }

        protected override ValueTask VisitDirectiveAsync(GraphQLDirective directive, Counter context)
        {
            Directives++;
            return base.VisitDirectiveAsync(directive, context);
        }
    }
}
